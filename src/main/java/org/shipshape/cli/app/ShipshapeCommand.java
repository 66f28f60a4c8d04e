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
import org.shipshape.cli.safety.MigrateCommand;
import org.shipshape.cli.safety.RestoreCommand;
import org.shipshape.cli.safety.VerifyCommand;
import org.shipshape.cli.sample.SampleDataCommand;
import org.shipshape.cli.shipments.ExportCommand;
import org.shipshape.cli.shipments.ShipmentCommand;
import org.shipshape.cli.settings.SettingsCommand;
import org.shipshape.cli.intake.IntakeCommand;
import org.shipshape.cli.packing.PackCommand;
import org.shipshape.cli.packing.BoxSizesCommand;
import org.shipshape.cli.customs.RulesCommand;
import org.shipshape.cli.customs.PhrasesCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.shipshape.cli.common.HelpTexts;
import org.shipshape.cli.common.RootOptions;
import java.util.function.Consumer;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.workspace.WorkspaceOpenException;
import org.shipshape.model.safety.OpenFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/**
 * {@code shipshape}: without a command it opens the window; with one it works on the database and exits.
 * Subcommands reach the database through {@link #openWorkspace()}. Only the command a run names is built
 * ({@link #commandLine(String[], Consumer, Map)}): building all of them cost a short command a tenth of a second.
 */
@Command(name = "shipshape", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public final class ShipshapeCommand implements Callable<Integer>, RootOptions {
    /** A file, or a server database: {@code postgresql://user@host:5432/shipshape} (docs/decisions/0010). */
    @Option(names = "--db", paramLabel = "FILE")
    private String databaseOption = Workspace.defaultDatabase().toString();

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
        windowStarter.accept(server() != null ? new StartupOptions(null, server(), readOnly, user)
                : new StartupOptions(database(), readOnly, user));
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

    @Override
    public Workspace openWorkspaceToRead() {
        if (server() == null && Files.isRegularFile(database())) {
            try {
                return open(true);
            } catch (WorkspaceOpenException e) {
                if (e.reason() != OpenFailure.READ_ONLY) {
                    throw e;
                }
                // it needs an upgrade, which only a normal opening does
            }
        }
        return open(readOnly);
    }

    private Workspace open(boolean readOnlyMode) {
        prepareDefaultLocationIfUsed();
        Workspace workspace = server() != null ? Workspace.openServer(server(), readOnlyMode, userName())
                : Workspace.open(database(), readOnlyMode, userName());
        workspace.warnings().forEach(warning -> spec.commandLine().getErr().println(text().render(warning)));
        spec.commandLine().getErr().flush();
        return workspace;
    }

    /** The server address given with --db, or null for a file. */
    private String server() {
        return Workspace.isServerAddress(databaseOption) ? databaseOption : null;
    }

    private Path database() {
        return Path.of(databaseOption);
    }

    @Override
    public Path databaseFile() {
        if (server() != null) {
            throw new UserInputException(Message.of("ShipshapeCommand.serverHasNoFile", server()));
        }
        return database();
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
        if (server() == null && database().equals(Workspace.defaultDatabase())) {
            try {
                Workspace.prepareDefaultLocation(database());
            } catch (IOException e) {
                throw new UncheckedIOException(text().text("ShipshapeCommand.noDataFolder", databaseOption), e);
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


    /** Every command, in the order {@code --help} lists them (classes, not lambdas: each lambda costs start-up). */
    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("sample-data", SampleDataCommand.class);
        commands.put("categories", CategoriesCommand.class);
        commands.put("import", ImportCommand.class);
        commands.put("labels", LabelsCommand.class);
        commands.put("documents", DocumentsCommand.class);
        commands.put("check", CheckCommand.class);
        commands.put("receipt", ReceiptCommand.class);
        commands.put("shipment", ShipmentCommand.class);
        commands.put("load", LoadCommand.class);
        commands.put("unload", UnloadCommand.class);
        commands.put("export", ExportCommand.class);
        commands.put("backup", BackupCommand.class);
        commands.put("restore", RestoreCommand.class);
        commands.put("verify", VerifyCommand.class);
        commands.put("migrate", MigrateCommand.class);
        commands.put("plan", PlanCommand.class);
        commands.put("settings", SettingsCommand.class);
        commands.put("intake", IntakeCommand.class);
        commands.put("pack", PackCommand.class);
        commands.put("box-sizes", BoxSizesCommand.class);
        commands.put("rules", RulesCommand.class);
        commands.put("phrases", PhrasesCommand.class);
        return commands;
    }

    /** The command line with every command and Shipshape's error handling. */
    public static CommandLine commandLine(Consumer<StartupOptions> windowStarter) {
        return commandLine(null, windowStarter, Map.of());
    }

    /**
     * The command line for these arguments: only the command they name (with {@code extraCommands}, by name), or
     * every command when they name none and may need the list ({@code --help}, a mistyped command). The window
     * (no command) and {@code --version} build none.
     */
    public static CommandLine commandLine(String[] args, Consumer<StartupOptions> windowStarter,
            Map<String, Class<?>> extraCommands) {
        Map<String, Class<?>> all = commands();
        all.putAll(extraCommands);
        CommandLine commandLine = bare(windowStarter);
        CommandsNeeded needed = args == null ? CommandsNeeded.ALL : commandsNeeded(args, all.keySet());
        switch (needed.kind()) {
            case ALL -> {
                for (Class<?> command : all.values()) {
                    commandLine.addSubcommand(command);
                }
            }
            case ONE -> commandLine.addSubcommand(all.get(needed.name()));
            case NONE -> { }
        }
        // after the commands are added: a command added later takes the root's texts (its description, no options)
        HelpTexts.localise(commandLine, ((ShipshapeCommand) commandLine.getCommand()).text());
        return commandLine;
    }

    private enum Kind { NONE, ONE, ALL }

    private record CommandsNeeded(Kind kind, String name) {
        static final CommandsNeeded ALL = new CommandsNeeded(Kind.ALL, null);
        static final CommandsNeeded NONE = new CommandsNeeded(Kind.NONE, null);
    }

    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--db", "--user", "--lang");
    private static final Set<String> FLAGS = Set.of("--read-only", "--verbose", "-V", "--version");

    /**
     * True when these arguments open the window: only the root's options, no command, no help or version (the
     * launcher then starts JavaFX while picocli reads them; a mistake in them is still reported by picocli).
     */
    public static boolean opensWindow(String[] args) {
        List<String> given = List.of(args);
        return commandsNeeded(args, Set.of()).kind() == Kind.NONE && !given.contains("-V")
                && !given.contains("--version");
    }

    private static CommandsNeeded commandsNeeded(String[] args, Set<String> names) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (names.contains(arg)) {
                return new CommandsNeeded(Kind.ONE, arg);
            } else if (!FLAGS.contains(arg) && !arg.startsWith("--db=") && !arg.startsWith("--user=")
                    && !arg.startsWith("--lang=")) {
                return CommandsNeeded.ALL;
            }
        }
        return CommandsNeeded.NONE;
    }

    private static CommandLine bare(Consumer<StartupOptions> windowStarter) {
        ShipshapeCommand root = new ShipshapeCommand(windowStarter);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler(new ErrorHandler(root));
        commandLine.setParameterExceptionHandler(new UsageErrors(root));
        return commandLine;
    }
}
