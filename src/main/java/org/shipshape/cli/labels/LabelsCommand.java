package org.shipshape.cli.labels;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shipshape.logic.labels.LabelData;
import org.shipshape.logic.labels.LabelReport;
import org.shipshape.logic.labels.LabelService;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code shipshape labels}: box labels of a shipment as one PDF. */
@Command(name = "labels", mixinStandardHelpOptions = true)
public final class LabelsCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--shipment", required = true, paramLabel = "REF")
    private String shipment;

    @Option(names = "--packages", split = ",", paramLabel = "N1,N2,...")
    private List<String> packages = new ArrayList<>();

    @Option(names = "--stock", paramLabel = "CODE", defaultValue = "4x6")
    private String stock;

    @Option(names = "--start-position", paramLabel = "K", defaultValue = "1")
    private int startPosition;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf")
    private Path output;

    @Override
    public Integer call() {
        try (Workspace workspace = root.openWorkspace()) {
            LabelService labels = new LabelService(workspace);
            labels.stock(stock);
            List<LabelData> data = labels.forShipment(shipment, packages);
            LabelReport report = labels.writePdf(data, stock, startPosition, output, Progress.NONE);
            var out = spec.commandLine().getOut();
            Catalogue text = root.text();
            out.println(text.text("LabelsCommand.written", report.labels(), report.pages(),
                    output.toAbsolutePath().toString()));
            report.shortened().forEach(cut -> out.println(text.render(cut)));
            out.flush();
            return report.shortened().isEmpty() ? ExitCode.DONE : ExitCode.REJECTED;
        }
    }
}
