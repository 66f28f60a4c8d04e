package org.shipshape.gui.loading;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.shipping.ContainerList;
import org.shipshape.logic.shipping.ContainerListExport;
import org.shipshape.logic.shipping.LoadResult;
import org.shipshape.logic.shipping.ShippingBenchmarkData;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.shipping.Shipment;

/** Run by hand to measure scans and the XLSX export (tests never assert on times). Not a test. */
public final class ShippingMeasurement {
    private ShippingMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("shipshape-measure");
        try (Workspace workspace = Workspace.open(folder.resolve("m.db"), false, "Bench")) {
            long t0 = System.nanoTime();
            Shipment shipment = ShippingBenchmarkData.create(workspace, "BEN", 2000, 8);
            System.out.printf("setup (import 2000 packages / 16000 lines): %.0f ms%n", (System.nanoTime() - t0) / 1e6);

            ContainerListExport export = new ContainerListExport(workspace);
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            List<Double> cpuWhole = new ArrayList<>();
            List<Double> build = new ArrayList<>();
            List<Double> write = new ArrayList<>();
            List<Double> whole = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                long a = System.nanoTime();
                ContainerList list = export.build(shipment.id());
                long b = System.nanoTime();
                ContainerListExport.writeXlsx(list, OutputStream.nullOutputStream());
                long c = System.nanoTime();
                long cpuBefore = cpu.getCurrentThreadCpuTime();
                export.writeXlsx(shipment.id(), folder.resolve("list.xlsx"));
                cpuWhole.add((cpu.getCurrentThreadCpuTime() - cpuBefore) / 1e6);
                long d = System.nanoTime();
                build.add((b - a) / 1e6);
                write.add((c - b) / 1e6);
                whole.add((d - c) / 1e6);
            }
            System.out.printf("xlsx 2000/16000: read %.0f ms, write %.0f ms, whole to file %.0f ms (median of 7),"
                    + " file %d kB; CPU time of the whole export %.0f ms%n", median(build), median(write), median(whole),
                    Files.size(folder.resolve("list.xlsx")) / 1024, median(cpuWhole));

            LoadingViewModel viewModel = new LoadingViewModel(new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                    new RecordingDialogService(), () -> { }));
            viewModel.refresh();
            List<Double> scans = new ArrayList<>();
            List<Double> scanCpu = new ArrayList<>();
            for (int p = 1; p <= 300; p++) {
                long a = System.nanoTime();
                long cpuBefore = cpu.getCurrentThreadCpuTime();
                LoadResult result = viewModel.scan(String.format("BEN-%05d", p));
                scanCpu.add((cpu.getCurrentThreadCpuTime() - cpuBefore) / 1e6);
                scans.add((System.nanoTime() - a) / 1e6);
                if (!result.done()) {
                    throw new IllegalStateException(result.refusal());
                }
            }
            List<Double> warm = scans.subList(50, scans.size());
            System.out.printf("scan on 2000 packages (view model, %d scans after 50 warm-up): median %.2f ms,"
                    + " max %.2f ms, CPU time median %.2f ms; %s%n", warm.size(), median(warm), Collections.max(warm),
                    median(scanCpu.subList(50, scanCpu.size())), viewModel.countTextProperty().get());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
