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
import org.shipshape.cli.common.HelpTexts;
import org.shipshape.cli.common.RootOptions;
import java.util.function.Consumer;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.StartupOptions;
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
        })
public final class ShipshapeCommand implements Callable<Integer>, RootOptions {
    @Option(names = "--db", paramLabel = "FILE")
    private Path database = Workspace.defaultDatabase();

    @Option(names = "--read-only")
    private boolean readOnly;

    @Option(names = "--user", paramLabel = "NAME")
    private String user;

    @Option(names = "--verbose")
    private boolean verbose;

    private Locale language;

    /** Messages and --help in this language from here on (picocli prints help after parsing the options). */
    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class)
    void language(Locale chosen) {
        this.language = chosen;
        HelpTexts.localise(spec.commandLine(), text());
    }

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
                throw new UncheckedIOException(text().text("ShipshapeCommand.noDataFolder", database.toString()), e);
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
    static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            List<Locale> spoken = Catalogue.languages();
            Locale wanted = Locale.forLanguageTag(value.trim().toLowerCase(Locale.ROOT));
            if (!spoken.contains(wanted)) {
                throw new CommandLine.TypeConversionException(Catalogue.of(Locale.getDefault()).text(
                        "ShipshapeCommand.lang.unknown", value,
                        String.join(", ", spoken.stream().map(Locale::getLanguage).toList())));
            }
            return wanted;
        }
    }

    /** The command line with Shipshape's error handling: one plain line on stderr, exit codes as documented. */
    public static CommandLine commandLine(Consumer<StartupOptions> windowStarter) {
        ShipshapeCommand root = new ShipshapeCommand(windowStarter);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler(new ErrorHandler(root));
        commandLine.setParameterExceptionHandler(new UsageErrors(root));
        HelpTexts.localise(commandLine, root.text());
        return commandLine;
    }
}
