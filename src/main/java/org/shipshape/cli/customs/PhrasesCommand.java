package org.shipshape.cli.customs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.shipshape.cli.common.CommandSupport;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.logic.customs.Phrases;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shipshape phrases export|import FILE}: the documents' phrases as CSV for translators. */
@Command(name = "phrases", mixinStandardHelpOptions = true,
        subcommands = {PhrasesCommand.Export.class, PhrasesCommand.Import.class})
public final class PhrasesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE;
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
        Path file;
        @Option(names = "--language", paramLabel = "LANG")
        String language;

        @Override
        public Integer call() {
            Optional<Language> only = language == null ? Optional.empty() : Optional.of(Language.fromCode(language)
                    .orElseThrow(() -> new UserInputException(Message.of("settings.invalid.language", language,
                            String.join(", ", Arrays.stream(Language.values()).map(Language::code).toList())))));
            int rows;
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                rows = new Phrases(workspace).exportCsv(file, only);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(CommandSupport.text(spec).text("PhrasesCommand.exported", rows, file.toString()));
            out.flush();
            return ExitCode.DONE;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
        Path file;

        @Override
        public Integer call() {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new UserInputException(Message.of("PhrasesCommand.noFile", file.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Phrases.ImportResult result;
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                result = new Phrases(workspace).importCsv(String.valueOf(file.getFileName()), bytes);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(CommandSupport.text(spec).text("PhrasesCommand.imported", result.added(), result.changed(),
                    result.unchanged()));
            out.flush();
            return ExitCode.DONE;
        }
    }
}
