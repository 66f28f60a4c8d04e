package org.shipshape.cli.shipments;

import org.shipshape.cli.common.CommandSupport;
import org.shipshape.cli.common.ExitCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shipshape.logic.shipments.ContainerListExport;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.shipments.Shipment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shipshape export --shipment REF --format csv|xlsx -o FILE}: the container list for the forwarder. CSV
 * writes FILE (packages with a totals row) and FILE-lines beside it (content lines); XLSX has both as sheets.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a shipment's container list. CSV writes FILE (packages) and FILE-lines.csv (content"
                + " lines); XLSX writes one file with two sheets.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--shipment", required = true, paramLabel = "REF")
    String shipment;
    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or xlsx (default: from the file name).")
    String format;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE")
    Path output;

    @Override
    public Integer call() {
        String chosen = format != null ? format.toLowerCase(Locale.ROOT)
                : output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
        if (!chosen.equals("csv") && !chosen.equals("xlsx")) {
            throw new UserInputException("--format must be csv or xlsx, not " + format + ".");
        }
        try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
            Shipment s = new ShipmentService(workspace).require(shipment);
            ContainerListExport export = new ContainerListExport(workspace);
            List<Path> written;
            if (chosen.equals("csv")) {
                written = export.writeCsv(s.id(), output);
            } else {
                export.writeXlsx(s.id(), output);
                written = List.of(output);
            }
            written.forEach(file -> spec.commandLine().getOut().println("Wrote " + file));
        } catch (IOException e) {
            throw new UncheckedIOException("The container list could not be written to " + output + ": "
                    + e.getMessage(), e);
        }
        spec.commandLine().getOut().flush();
        return ExitCode.DONE;
    }
}
