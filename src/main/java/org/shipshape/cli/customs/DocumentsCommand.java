package org.shipshape.cli.customs;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.shipshape.logic.customs.CustomsDocuments;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.customs.PackProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shipshape documents}: prints a shipment's customs pack (or reprints a stored revision). */
@Command(name = "documents", mixinStandardHelpOptions = true,
        description = {"Print the customs pack of a shipment into a folder: packing-list.pdf, proforma-invoice.pdf,"
                + " donation-certificate.pdf, hs-summary.pdf, door-summary.pdf (and test-records.pdf for used"
                + " electrical goods).",
            "A final pack is checked first and refused (exit 1, nothing written) while a blocking problem remains;"
                + " it is stored as the next revision. A draft pack is watermarked DRAFT and not stored."})
public final class DocumentsCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ShipmentLanguageOptions target;

    @Option(names = "--draft", description = "Print a draft pack (watermarked DRAFT, not stored as a revision).")
    private boolean draft;

    @Option(names = "--reprint", paramLabel = "REVISION",
            description = "Write the stored final pack of this revision exactly as it was printed.")
    private Integer reprint;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder to write the PDFs into.")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = root.openWorkspace()) {
            CustomsDocuments documents = new CustomsDocuments(workspace);
            if (reprint != null) {
                documents.reprintPack(target.shipment, reprint, output)
                        .forEach(file -> out.println("Reprinted " + file));
                return ExitCode.DONE;
            }
            CustomsDocuments.PackResult result = documents.writePack(target.shipment, target.language(), draft,
                    output, Progress.NONE);
            out.println((result.revision() == 0 ? "Draft pack" : "Final pack revision " + result.revision())
                    + " of " + result.shipmentReference() + " written to " + output.toAbsolutePath() + ":");
            result.files().forEach(file -> out.println("  " + file.getFileName()));
            for (PackProblem warning : result.warnings()) {
                out.println(warning);
            }
        }
        out.flush();
        return ExitCode.DONE;
    }
}
