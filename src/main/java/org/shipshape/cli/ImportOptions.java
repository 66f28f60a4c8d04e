package org.shipshape.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.shipshape.logic.intake.ImportPreview;
import org.shipshape.logic.task.UserInputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The file and --allow-duplicate shared by every import command, and how they report. */
final class ImportOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8 or Windows-1252, , or ;).")
    private Path file;

    @Option(names = "--allow-duplicate",
            description = "Import the file even though exactly this file was imported before.")
    private boolean allowDuplicate;

    Path file() {
        return file;
    }

    boolean allowDuplicate() {
        return allowDuplicate;
    }

    /** The same file again is refused with a hint how to confirm (checked after the file's own problems). */
    void refuseUnconfirmedDuplicate(ImportPreview<?> preview) {
        if (preview.isValid() && preview.isDuplicate() && !allowDuplicate) {
            throw new UserInputException(preview.earlierImport()
                    + "; nothing was imported. Add --allow-duplicate to import it again.");
        }
    }

    void report(List<String> notes, String summary) {
        PrintWriter out = spec.commandLine().getOut();
        notes.forEach(out::println);
        out.println(summary);
        out.flush();
    }
}
