package org.shipshape.cli.shipments;

import org.shipshape.cli.common.CommandSupport;
import org.shipshape.cli.common.ExitCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.io.CsvStyle;
import org.shipshape.logic.shipments.ContainerListExport;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.shipments.Shipment;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shipshape export --shipment REF --format csv|xlsx -o FILE}: the container list for the forwarder. CSV
 * writes FILE (packages with a totals row) and FILE-lines beside it (content lines); XLSX has both as sheets.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--shipment", required = true, paramLabel = "REF")
    String shipment;
    @Option(names = "--format", paramLabel = "FORMAT")
    String format;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE")
    Path output;
    @Option(names = "--locale", paramLabel = "LANG")
    String locale;

    @Override
    public Integer call() {
        String chosen = format != null ? format.toLowerCase(Locale.ROOT)
                : output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
        if (!chosen.equals("csv") && !chosen.equals("xlsx")) {
            throw new UserInputException(Message.of("ExportCommand.badFormat", format));
        }
        CsvStyle style = locale == null ? null : CsvStyle.forTag(locale).orElseThrow(() -> new UserInputException(
                Message.of("ExportCommand.badLocale", locale)));
        try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
            Shipment s = new ShipmentService(workspace).require(shipment);
            ContainerListExport export = new ContainerListExport(workspace);
            List<Path> written;
            if (chosen.equals("csv")) {
                written = style == null ? export.writeCsv(s.id(), output) : export.writeCsv(s.id(), output, style);
            } else {
                export.writeXlsx(s.id(), output);
                written = List.of(output);
            }
            Catalogue text = CommandSupport.text(spec);
            written.forEach(file -> spec.commandLine().getOut().println(text.text("ExportCommand.wrote",
                    file.toString())));
        } catch (IOException e) {
            LoggerFactory.getLogger(ExportCommand.class).warn("Container list not written to {}", output, e);
            throw new UserInputException(AtomicFileWriter.whyNotWritten(e, Message.of("ExportCommand.writeFailed",
                    output.toString(), String.valueOf(e.getMessage()))));
        }
        spec.commandLine().getOut().flush();
        return ExitCode.DONE;
    }
}
