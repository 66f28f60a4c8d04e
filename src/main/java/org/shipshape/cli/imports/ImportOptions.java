package org.shipshape.cli.imports;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.shipshape.logic.imports.ImportPreview;
import org.shipshape.logic.imports.ImportResult;
import org.shipshape.logic.imports.SpreadsheetImport;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The file and --allow-duplicate shared by every import command, and how they report. */
final class ImportOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @Option(names = "--allow-duplicate")
    private boolean allowDuplicate;

    /**
     * Checks the file, refuses the same file again without --allow-duplicate, writes it and prints the notes and
     * a summary; problems end in exit code 1 through {@link UserInputException}.
     */
    <T> int run(RootOptions root, Function<Workspace, SpreadsheetImport<T>> kind,
                Function<ImportResult, Message> summary) {
        try (Workspace workspace = root.openWorkspace()) {
            SpreadsheetImport<T> spreadsheet = kind.apply(workspace);
            ImportPreview<T> preview = spreadsheet.preview(file, Progress.NONE);
            refuseUnconfirmedDuplicate(preview);
            ImportResult result = spreadsheet.write(preview, allowDuplicate, Progress.NONE);
            report(preview.notes(), root.text().render(summary.apply(result)));
        }
        return ExitCode.DONE;
    }

    /** The same file again is refused with a hint how to confirm (checked after the file's own problems). */
    private void refuseUnconfirmedDuplicate(ImportPreview<?> preview) {
        if (preview.isValid() && preview.isDuplicate() && !allowDuplicate) {
            throw new UserInputException(Message.of("ImportOptions.duplicate", preview.earlierImport()));
        }
    }

    private void report(List<String> notes, String summary) {
        PrintWriter out = spec.commandLine().getOut();
        notes.forEach(out::println);
        out.println(summary);
        out.flush();
    }
}
