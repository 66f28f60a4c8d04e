package org.shipshape.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import org.shipshape.logic.planning.BrInstanceReader;
import org.shipshape.logic.planning.ContainerSetPlanner;
import org.shipshape.logic.planning.ShipmentPlanService;
import org.shipshape.logic.planning.LoadPlanPdf;
import org.shipshape.logic.planning.LoadPlanner;
import org.shipshape.logic.planning.PlannerSettings;
import org.shipshape.logic.planning.PlanningProgress;
import java.io.Writer;
import org.shipshape.cli.app.ShipshapeCommand;
import org.shipshape.logic.inventory.InventoryService;
import org.shipshape.logic.inventory.InventorySnapshot;
import org.shipshape.logic.labels.LabelService;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.sample.LargeWarehouse;
import org.shipshape.logic.customs.CustomsDocuments;
import org.shipshape.logic.shipments.ContainerListExport;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.loading.LoadingSession;
import org.shipshape.model.inventory.ItemFilter;
import org.shipshape.model.shipments.Shipment;
import picocli.CommandLine;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.logic.workspace.Workspace;

/**
 * Every operation {@code shipshape bench} measures, one line each. To add one, expose the work as a plain logic
 * method and add a line here: a name people search for, the size it works on, a setup that prepares the data
 * once (see {@link BenchContext}) and the work to time.
 */
final class BenchOperations {
    /** How long a volunteer looks at the new window before choosing a section (the window works meanwhile). */
    private static final Duration A_VOLUNTEERS_LOOK = Duration.ofSeconds(2);
    private BenchOperations() {
    }

    static List<BenchOperation> all(BenchContext context) {
        String large = context.sizeText();
        List<BenchOperation> operations = new ArrayList<>(List.of(
                BenchOperation.of("open database", large, BenchContext::largeDatabase, BenchOperations::openDatabase),
                BenchOperation.timed("start to main window shown (headless)", large, BenchOperations::headlessWindow,
                        HeadlessWindow::openMainWindow),
                BenchOperation.timed("inventory first fill (window, section chosen to rows shown)", large,
                        BenchOperations::headlessWindow, options -> HeadlessWindow.openInventory(options).fill()),
                BenchOperation.timed("inventory filled (window, section chosen to every row listed)", large,
                        BenchOperations::headlessWindow, options -> HeadlessWindow.openInventory(options).complete()),
                BenchOperation.timed("longest FX-thread block while the inventory fills", large,
                        BenchOperations::headlessWindow,
                        options -> HeadlessWindow.openInventory(options).longestFxThreadBlock()),
                BenchOperation.timed("inventory first fill, chosen 2 s after the window shows", large,
                        BenchOperations::headlessWindow,
                        options -> HeadlessWindow.openInventory(options, A_VOLUNTEERS_LOOK).fill()),
                BenchOperation.timed("longest FX-thread block while the inventory fills, chosen 2 s after the window"
                        + " shows", large, BenchOperations::headlessWindow,
                        options -> HeadlessWindow.openInventory(options, A_VOLUNTEERS_LOOK).longestFxThreadBlock()),
                BenchOperation.of("load sample warehouse (new database)", "sample-data/: 300 items, 120 packages",
                        BenchContext::folder, BenchOperations::loadSample),
                BenchOperation.of("inventory filter (text, in memory)", large, BenchOperations::inventorySnapshot,
                        snapshot -> InventoryService.filterInMemory(snapshot, ItemFilter.ALL.withText("lot 12"))),
                BenchOperation.of("import items CSV (whole command, new database)", importRows(context) + " rows",
                        BenchOperations::itemCsv, BenchOperations::importItems),
                BenchOperation.of("labels PDF 4x6", LabelBenchmark.FULL_CONTAINER + " labels",
                        c -> c.openCopy(c.sampleDatabase()), workspace -> labels(context, workspace, "4x6")),
                BenchOperation.of("labels PDF Avery L7165", LabelBenchmark.FULL_CONTAINER + " labels",
                        c -> c.openCopy(c.sampleDatabase()), workspace -> labels(context, workspace, "l7165")),
                BenchOperation.of("scan package number to packing form data", large, BenchOperations::packingService,
                        service -> service.open("MDA1-00100").orElseThrow()),
                BenchOperation.of("loading scan (load + gauges updated)", shipmentPackages(context) + " packages in one shipment",
                        BenchOperations::loadingSession, BenchOperations::scanNext),
                BenchOperation.of("container list XLSX", shipmentPackages(context) + " packages, " + 8 * shipmentPackages(context) + " lines",
                        BenchOperations::shipmentOf2000, fixture -> new ContainerListExport(fixture.workspace())
                                .writeXlsx(fixture.shipmentId(), fixture.folder().resolve("list.xlsx"))),
                BenchOperation.of("customs pack, draft (6 PDFs)", "1 shipment of the large warehouse (" + large + ")",
                        c -> c.openCopy(c.largeDatabase()), workspace -> new CustomsDocuments(workspace)
                                .writePack("MLI-2026-90", null, true, packFolder(workspace), Progress.NONE)),
                BenchOperation.of("plan 40 ft high cube", planPackages(context) + " realistic packages",
                        c -> RealisticLoad.packages(planPackages(c), 42), packages -> new LoadPlanner(
                                PlannerSettings.defaults()).plan(RealisticLoad.HIGH_CUBE_40, packages,
                                PlanningProgress.NONE)),
                BenchOperation.of("plan part load (sample Mali shipment, whole answer)",
                        "MLI-2026-01: 68 packages, 13 % of a 40 ft high cube",
                        c -> new ShipmentPlanService(c.openCopy(c.sampleDatabase())),
                        service -> service.plan("MLI-2026-01", Progress.NONE)),
                BenchOperation.of("will it fit? (sample Mali shipment, plan and room left)",
                        "MLI-2026-01 and 5 standard box sizes",
                        c -> new ShipmentPlanService(c.openCopy(c.sampleDatabase())),
                        service -> service.roomLeft(service.plan("MLI-2026-01", Progress.NONE), Progress.NONE)),
                BenchOperation.of("plan several containers (auto: fewest, then cheapest)",
                        multiPackages(context) + " realistic packages, more than a 40 ft high cube",
                        c -> RealisticLoad.packages(multiPackages(c), 11), packages -> new ContainerSetPlanner(
                                PlannerSettings.defaults().withTimeLimit(Duration.ofSeconds(2))).planAuto(
                                RealisticLoad.CONTAINER_CHOICES, packages, List.of(), PlanningProgress.NONE)),
                BenchOperation.of("loading plan PDF", "40 ft high cube, " + planPackages(context) + " packages",
                        c -> RealisticLoad.shipmentPlan(RealisticLoad.planHighCube(planPackages(c), 42)),
                        plan -> LoadPlanPdf.writeTo(plan, OutputStream.nullOutputStream()))));
        brInstance().ifPresent(file -> operations.add(BenchOperation.of("plan BR3 problem 1 (full support)",
                "time limit " + brTimeLimit(context).toSeconds() + " s", c -> BrInstanceReader.read(file).get(0),
                instance -> new LoadPlanner(PlannerSettings.defaults().withTimeLimit(brTimeLimit(context)))
                        .plan(instance.container(), instance.items(), PlanningProgress.NONE))));
        return operations;
    }

    private static int planPackages(BenchContext context) {
        return context.size() == LargeWarehouse.Size.FULL ? 1_500 : 300;
    }

    /** Enough to overflow a 40 ft high cube at full size; a short run plans half of it. */
    private static int multiPackages(BenchContext context) {
        return context.size() == LargeWarehouse.Size.FULL ? 1_400 : 700;
    }

    private static Duration brTimeLimit(BenchContext context) {
        return Duration.ofSeconds(context.size() == LargeWarehouse.Size.FULL ? 5 : 1);
    }

    /** The standard instances ship beside the project (../shared), not in the jar; without them the row is left out. */
    private static Optional<Path> brInstance() {
        Path file = Path.of(System.getProperty("shipshape.benchmarks", "../shared/benchmarks/container-loading"),
                "BR3.txt");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static void openDatabase(Path file) {
        try (Workspace workspace = Workspace.open(file, false, "bench")) {
            workspace.counts();
        }
    }

    private static void loadSample(Path folder) throws IOException {
        Path file = Files.createTempFile(folder, "sample", ".db");
        Files.delete(file);
        try (Workspace workspace = Workspace.open(file, false, "bench")) {
            SampleWarehouse.load(workspace, Progress.NONE);
        }
    }

    private static int importRows(BenchContext context) {
        return context.size() == LargeWarehouse.Size.FULL ? 100_000 : 10_000;
    }

    private static InventorySnapshot inventorySnapshot(BenchContext context) {
        try (Workspace workspace = Workspace.open(context.largeDatabase(), true, "bench")) {
            return new InventoryService(workspace).snapshot();
        }
    }

    private static Path itemCsv(BenchContext context) throws IOException {
        Path csv = context.folder().resolve("items-" + importRows(context) + ".csv");
        if (!Files.exists(csv)) {
            ItemCsvGenerator.write(csv, importRows(context), 800, 7);
        }
        return csv;
    }

    /** The real command, so parsing, validation and the write all count, as a user would wait for them. */
    private static void importItems(Path csv) throws IOException {
        Path database = Files.createTempFile(csv.getParent(), "import", ".db");
        Files.delete(database);
        CommandLine commandLine = ShipshapeCommand.commandLine(options -> { });
        commandLine.setOut(new PrintWriter(Writer.nullWriter()));
        int exit = commandLine.execute("--db", database.toString(), "import", "items", csv.toString());
        if (exit != 0) {
            throw new IllegalStateException("The benchmark import was rejected (exit " + exit + ")");
        }
    }

    private static void labels(BenchContext context, Workspace workspace, String stock) {
        Path pdf = context.folder().resolve("labels-" + stock + ".pdf");
        LabelBenchmark.renderFullContainer(new LabelService(workspace), stock, pdf);
    }

    private static PackingService packingService(BenchContext context) throws IOException {
        return new PackingService(context.openCopy(context.largeDatabase()));
    }

    /** The loading-day size: 2,000 packages (200 with --quick). */
    private static int shipmentPackages(BenchContext context) {
        return context.size() == LargeWarehouse.Size.FULL ? 2_000 : 200;
    }

    /** An open database with a 40HC shipment of sealed packages, 8 lines each. */
    record LargeShipment(Workspace workspace, long shipmentId, Path folder) {
    }

    private static LargeShipment shipmentOf2000(BenchContext context) throws IOException {
        Path file = Files.createTempFile(context.folder(), "shipment", ".db");
        Files.delete(file);
        Workspace workspace = context.openCopy(emptyDatabase(file));
        Shipment shipment = ShippingBenchmarkData.create(workspace, "BEN-2026-01", shipmentPackages(context), 8);
        return new LargeShipment(workspace, shipment.id(), context.folder());
    }

    private static Path emptyDatabase(Path file) {
        try (Workspace workspace = Workspace.open(file, false, "bench")) {
            return workspace.file();
        }
    }

    /** Each run scans the next package, as a volunteer does on loading day. */
    static final class ScanFixture {
        private final LoadingSession session;
        private int next = 1;

        ScanFixture(LoadingSession session) {
            this.session = session;
        }
    }

    private static ScanFixture loadingSession(BenchContext context) throws IOException {
        LargeShipment fixture = shipmentOf2000(context);
        return new ScanFixture(new LoadingSession(new LoadingService(fixture.workspace()), fixture.shipmentId()));
    }

    private static void scanNext(ScanFixture fixture) {
        String number = String.format("BEN-2026-01-%05d", fixture.next++);
        if (!fixture.session.scan(number).done()) {
            throw new IllegalStateException("The benchmark scan of " + number + " was refused");
        }
        fixture.session.overview();
    }

    private static Path packFolder(Workspace workspace) throws IOException {
        return Files.createDirectories(workspace.file().resolveSibling("pack"));
    }

    private static StartupOptions headlessWindow(BenchContext context) throws InterruptedException {
        HeadlessWindow.startToolkit();
        return new StartupOptions(context.largeDatabase(), false, "Bench volunteer");
    }
}
