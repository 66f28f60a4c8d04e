package org.shipshape.logic.safety;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.ServerAddress;
import org.shipshape.store.safety.ServerSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup of a warehouse on a PostgreSQL server: PostgreSQL's own {@code pg_dump} in its custom format, which
 * {@code pg_restore} reads (docs/decisions/0013). Shipshape does not write the dump itself: pg_dump reads one
 * consistent snapshot of the whole schema and is what an administrator already trusts. The dump is streamed into a
 * temporary file beside the target and renamed only once pg_dump has finished without error; then
 * {@code pg_restore --list} reads it back when that program is there too.
 */
public final class ServerBackup {
    private static final Logger LOG = LoggerFactory.getLogger(ServerBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The dump written: its file, its size, and the tables whose rows pg_restore lists in it (-1: not checked). */
    public record Result(Path file, long bytes, int tablesWithData) {
    }

    private ServerBackup() {
    }

    /**
     * Dumps the workspace's schema to {@code target}, or when it is null into {@code server-backups/} of the
     * workspace's output folder under a name with the server, the database and the time.
     *
     * @param environment the environment pg_dump runs in and is looked up by ({@code PATH}); the password comes from
     *                    its {@code PGPASSWORD} or password file, as for the app, or is the one typed when the
     *                    workspace was opened
     * @throws UserInputException when pg_dump is not installed (saying how to install it) or fails; nothing is written
     */
    public static Result dump(Workspace workspace, Path target, Map<String, String> environment) {
        if (!workspace.isOnServer()) {
            throw new IllegalArgumentException("Only a warehouse on a server is dumped with pg_dump");
        }
        ServerAddress server = workspace.database().server();
        Path pgDump = program("pg_dump", environment).orElseThrow(() -> new UserInputException(
                Message.of("safety.serverBackup.noPgDump", server.toString())));
        String schema = ServerSchema.current(workspace.database());
        Path file = target != null ? target.toAbsolutePath().normalize() : defaultTarget(workspace, server);
        List<String> command = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--no-password",
                "--schema=" + schema));
        command.addAll(connectionOptions(server));
        try {
            Files.createDirectories(file.getParent());
            Path errors = Files.createTempFile("shipshape-pg_dump", ".txt");
            try {
                AtomicFileWriter.write(file, out -> {
                    Process process = start(command, workspace.database(), environment, errors);
                    try (InputStream dump = process.getInputStream()) {
                        dump.transferTo(out);
                    }
                    int exit = waitFor(process);
                    if (exit != 0) {
                        throw new IOException("pg_dump ended with " + exit + ": " + lastLine(errors));
                    }
                });
            } finally {
                Files.deleteIfExists(errors);
            }
            LOG.info("Dumped schema {} of {} to {}", schema, server, file);
            return new Result(file, Files.size(file), tablesWithData(file, environment));
        } catch (IOException e) {
            LOG.error("The dump of {} to {} failed", server, file, e);
            throw new UserInputException(Message.of("safety.serverBackup.failed", server.toString(), file.toString(),
                    String.valueOf(e.getMessage())));
        }
    }

    /** pg_dump's and pg_restore's options that name the server, the database and the user (never a password). */
    public static List<String> connectionOptions(ServerAddress server) {
        return List.of("--host=" + server.host(), "--port=" + server.port(), "--username=" + server.user(),
                "--dbname=" + server.database());
    }

    private static Path defaultTarget(Workspace workspace, ServerAddress server) {
        String name = (server.host() + "-" + server.database() + "-" + STAMP.format(LocalDateTime.now()))
                .replaceAll("[^A-Za-z0-9._-]", "_") + ".dump";
        return workspace.outputFolder().resolve("server-backups").resolve(name);
    }

    private static Process start(List<String> command, Database database, Map<String, String> environment,
                                 Path errors) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().putAll(database.typedPasswordEnvironment());
        builder.environment().putAll(libpqOptions(database.server()));
        return builder.start();
    }

    /** The address's TLS and time-out options, in the environment variables libpq (pg_dump's library) reads. */
    private static Map<String, String> libpqOptions(ServerAddress server) {
        Map<String, String> variables = new HashMap<>();
        Map<String, String> names = Map.of("sslmode", "PGSSLMODE", "sslrootcert", "PGSSLROOTCERT",
                "connectTimeout", "PGCONNECT_TIMEOUT");
        names.forEach((option, variable) -> {
            String value = server.options().get(option);
            if (value != null) {
                variables.put(variable, value);
            }
        });
        return variables;
    }

    /** What {@code pg_restore --list} finds in the dump: the tables whose rows it holds; -1 when it is not installed. */
    private static int tablesWithData(Path file, Map<String, String> environment) throws IOException {
        Optional<Path> pgRestore = program("pg_restore", environment);
        if (pgRestore.isEmpty()) {
            return -1;
        }
        Path listing = Files.createTempFile("shipshape-pg_restore", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(pgRestore.get().toString(), "--list", file.toString())
                    .redirectErrorStream(true).redirectOutput(listing.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            int exit = waitFor(builder.start());
            if (exit != 0) {
                throw new IOException("pg_restore cannot read the dump (" + exit + "): " + lastLine(listing));
            }
            return (int) Files.readAllLines(listing, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(" TABLE DATA ")).count();
        } finally {
            Files.deleteIfExists(listing);
        }
    }

    /** A program on the PATH of the environment (with .exe on Windows). */
    static Optional<Path> program(String name, Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", environment.getOrDefault("Path", ""));
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            for (String candidate : List.of(name, name + ".exe")) {
                Path program = Path.of(folder, candidate);
                if (Files.isRegularFile(program) && Files.isExecutable(program)) {
                    return Optional.of(program);
                }
            }
        }
        return Optional.empty();
    }

    private static int waitFor(Process process) throws IOException {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + process.info().command().orElse("pg_dump"), e);
        }
    }

    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
