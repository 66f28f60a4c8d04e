package org.shipshape.cli.imports;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.shipshape.logic.imports.ImportBatches;
import org.shipshape.logic.imports.ImportFileAhead;
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
     * Checks and writes the file (refusing the same file again without --allow-duplicate), then prints the notes
     * and a summary; problems end in exit code 1 through {@link UserInputException}.
     */
    <T> int run(RootOptions root, Function<Workspace, SpreadsheetImport<T>> kind,
                Function<ImportResult, Message> summary) {
        ImportFileAhead ahead = ImportFileAhead.start(file); // read while the database opens
        try (Workspace workspace = root.openWorkspace()) {
            SpreadsheetImport<T> spreadsheet = kind.apply(workspace);
            ImportResult result;
            try {
                result = spreadsheet.run(ahead, allowDuplicate, Progress.NONE); // one pass: check and write
            } catch (ImportBatches.AlreadyImportedException e) {
                throw new UserInputException(Message.of("ImportOptions.duplicate", e.earlierImport()));
            }
            report(result.notes().stream().map(root.text()::render).toList(),
                    root.text().render(summary.apply(result)));
        }
        return ExitCode.DONE;
    }

    private void report(List<String> notes, String summary) {
        PrintWriter out = spec.commandLine().getOut();
        notes.forEach(out::println);
        out.println(summary);
        out.flush();
    }
}
