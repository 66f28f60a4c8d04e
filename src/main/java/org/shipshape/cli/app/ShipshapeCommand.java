package org.shipshape.cli.app;

import org.shipshape.cli.categories.CategoriesCommand;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.cli.customs.CheckCommand;
import org.shipshape.cli.customs.DocumentsCommand;
import org.shipshape.cli.donors.ReceiptCommand;
import org.shipshape.cli.imports.ImportCommand;
import org.shipshape.cli.labels.LabelsCommand;
import org.shipshape.cli.loading.LoadCommand;
import org.shipshape.cli.loading.UnloadCommand;
import org.shipshape.cli.planning.PlanCommand;
import org.shipshape.cli.safety.BackupCommand;
import org.shipshape.cli.safety.RestoreCommand;
import org.shipshape.cli.safety.VerifyCommand;
import org.shipshape.cli.sample.SampleDataCommand;
import org.shipshape.cli.shipments.ExportCommand;
import org.shipshape.cli.shipments.ShipmentCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shipshape.cli.common.RootOptions;
import java.util.function.Consumer;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.model.common.Language;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code shipshape}: without a command it opens the window; with one it works on the database and exits.
 * Subcommands reach the database through {@link #openWorkspace()}.
 */
@Command(name = "shipshape", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Donated goods, packing, container loading and customs documents for charities.",
        subcommands = {
            SampleDataCommand.class,
            CategoriesCommand.class,
            ImportCommand.class,
            LabelsCommand.class,
            DocumentsCommand.class,
            CheckCommand.class,
            ReceiptCommand.class,
            ShipmentCommand.class,
            LoadCommand.class,
            UnloadCommand.class,
            ExportCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            VerifyCommand.class,
            PlanCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:input rejected or problems found",
            "2:usage error (unknown command or option)",
            "3:the database cannot be opened",
        })
public final class ShipshapeCommand implements Callable<Integer>, RootOptions {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Database file (default: ${DEFAULT-VALUE}). A file that does not exist yet is created.")
    private Path database = Workspace.defaultDatabase();

    @Option(names = "--read-only", description = "Open the database without changing anything.")
    private boolean readOnly;

    @Option(names = "--user", paramLabel = "NAME", description = "Your name for the change log (asked in the window otherwise).")
    private String user;

    @Option(names = "--verbose", description = "Show technical details (stack traces) of errors.")
    private boolean verbose;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of messages: en or fr (default: the system's).")
    private Language language;

    private final Consumer<StartupOptions> windowStarter;

    public ShipshapeCommand(Consumer<StartupOptions> windowStarter) {
        this.windowStarter = windowStarter;
    }

    /** No command given: open the window. */
    @Override
    public Integer call() {
        prepareDefaultLocationIfUsed();
        windowStarter.accept(new StartupOptions(database, readOnly, user));
        return ExitCode.DONE;
    }

    @Spec
    private CommandSpec spec;

    /**
     * Opens the database named by --db (or the default one); the caller closes it. Warnings about the database's
     * place (a network share) go to stderr, one line each.
     */
    @Override
    public Workspace openWorkspace() {
        return open(readOnly);
    }

    /** Opens the database read-only whatever --read-only says, for commands that never write. */
    @Override
    public Workspace openWorkspaceReadOnly() {
        return open(true);
    }

    private Workspace open(boolean readOnlyMode) {
        prepareDefaultLocationIfUsed();
        Workspace workspace = Workspace.open(database, readOnlyMode, userName());
        workspace.warnings().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().flush();
        return workspace;
    }

    @Override
    public Path databaseFile() {
        return database;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public String userName() {
        return user == null ? System.getProperty("user.name", "cli") : user;
    }

    private void prepareDefaultLocationIfUsed() {
        if (database.equals(Workspace.defaultDatabase())) {
            try {
                Workspace.prepareDefaultLocation(database);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create the data folder for " + database, e);
            }
        }
    }

    @Override
    public boolean verbose() {
        return verbose;
    }

    @Override
    public Catalogue text() {
        return language == null ? Catalogue.of(Locale.getDefault()) : Catalogue.of(language);
    }

    /** Accepts the languages Shipshape has texts in, so --lang ro is a usage error until messages_ro exists. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            List<Language> spoken = Catalogue.languages();
            return Language.fromCode(value).filter(spoken::contains).orElseThrow(() ->
                    new CommandLine.TypeConversionException("'" + value + "' is not a language of Shipshape; use one"
                            + " of " + String.join(", ", spoken.stream().map(Language::code).toList())));
        }
    }

    /** The command line with Shipshape's error handling: one plain line on stderr, exit codes as documented. */
    public static CommandLine commandLine(Consumer<StartupOptions> windowStarter) {
        ShipshapeCommand root = new ShipshapeCommand(windowStarter);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler(new ErrorHandler(root));
        commandLine.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for the commands and options.");
            return ExitCode.USAGE;
        });
        return commandLine;
    }
}
