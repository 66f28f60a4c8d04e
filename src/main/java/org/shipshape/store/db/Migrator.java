package org.shipshape.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database to the newest schema with versioned SQL scripts, tracked in SQLite's {@code user_version} or
 * PostgreSQL's {@code schema_version} table. One history for both: a version may have a PostgreSQL script of the same
 * name in {@code migrations/postgresql/}, used there instead of the common one (docs/decisions/0003, 0010).
 */
public final class Migrator {
    private static final String FOLDER = "/org/shipshape/store/migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__([a-z0-9_]+)\\.sql");

    /**
     * One version: its script, and its PostgreSQL script where SQLite's does not carry over (null otherwise). Both are
     * read only when the version runs: a warehouse already at the newest version, which is every start but the first
     * after an update, needs the versions' numbers alone (reading every script was 30-40 ms of each cold start).
     */
    public record Migration(int version, String name, Supplier<String> script, Supplier<String> postgresqlScript) {
        public Migration(int version, String name, String sql) {
            this(version, name, () -> sql, () -> null);
        }

        public String sql(Dialect dialect) {
            String postgresql = dialect == Dialect.POSTGRESQL ? postgresqlScript.get() : null;
            return postgresql != null ? postgresql : script.get();
        }
    }

    private final List<Migration> migrations;

    public Migrator(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** The migrations shipped with the app, listed in {@code migrations.txt} in version order. */
    public static Migrator bundled() {
        List<Migration> list = new ArrayList<>();
        for (String line : resource("migrations.txt").split("\\R")) {
            String fileName = line.trim();
            if (fileName.isEmpty() || fileName.startsWith("#")) {
                continue;
            }
            Matcher m = NAME.matcher(fileName);
            if (!m.matches()) {
                throw new IllegalStateException("Migration file name must look like V001__name.sql: " + fileName);
            }
            String postgresql = Dialect.POSTGRESQL.migrationFolder() + fileName;
            list.add(new Migration(Integer.parseInt(m.group(1)), m.group(2), () -> resource(fileName),
                    () -> Migrator.class.getResource(FOLDER + postgresql) == null ? null : resource(postgresql)));
        }
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).version() <= list.get(i - 1).version()) {
                throw new IllegalStateException("Migrations must be listed in increasing version order");
            }
        }
        return new Migrator(list);
    }

    public int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    public List<Migration> pending(int currentVersion) {
        return migrations.stream().filter(m -> m.version() > currentVersion).toList();
    }

    /**
     * Applies every pending migration to a SQLite file in one transaction (SQLite's DDL is transactional): a file is
     * at its old version or the newest, never in between, and a new file costs one commit, not one per version. The
     * connection must be in auto-commit mode.
     *
     * <p>Foreign keys are off meanwhile: a migration may make a table again (SQLite's ALTER TABLE procedure: new table,
     * rows copied, old one dropped, new one renamed), and dropping a table others refer to is refused while they are
     * on. Before the commit every foreign key is checked; the migrations are refused if they leave more rows pointing
     * nowhere than there were before (rows a file already had that way are not theirs to mend).
     */
    public void migrate(Connection connection, int currentVersion) throws SQLException {
        boolean foreignKeys = foreignKeysOn(connection);
        if (foreignKeys) {
            setForeignKeys(connection, false); // only outside a transaction does SQLite take this
        }
        Migration running = null;
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                long brokenBefore = ForeignKeyViolations.of(connection, 0).count();
                for (Migration migration : pending(currentVersion)) {
                    running = migration;
                    run(statement, migration, Dialect.SQLITE);
                }
                running = null;
                ForeignKeyViolations after = ForeignKeyViolations.of(connection, 1);
                if (after.count() > brokenBefore) {
                    throw new SQLException("The migrations would leave " + after.count() + " rows whose foreign keys"
                            + " point nowhere (there were " + brokenBefore + "), the first: " + after.first().get(0));
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw running == null ? e : new SQLException("Migration " + running.version() + " ("
                        + running.name() + ") failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            if (foreignKeys) {
                setForeignKeys(connection, true);
            }
        }
    }

    private static boolean foreignKeysOn(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static void setForeignKeys(Connection connection, boolean on) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }

    /**
     * Brings a server's schema to the newest version in one transaction (PostgreSQL's DDL is transactional), under an
     * advisory lock of the schema: when two stations start a new release at once, the second waits, then finds
     * nothing left to do. Returns the version the schema had before.
     */
    public int migrateServer(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try {
            int before = migrateServerWithin(connection);
            connection.commit();
            return before;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Brings a server's schema to the newest version inside the caller's transaction (the connection is not in
     * auto-commit mode), under the advisory lock {@link #migrateServer} takes, and commits nothing: copying a
     * warehouse onto an empty server creates the schema and fills it as one transaction, so a failure leaves the
     * server as empty as it was. Returns the version the schema had before.
     */
    public int migrateServerWithin(Connection connection) throws SQLException {
        Migration running = null;
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(hashtext('shipshape-migration:' || current_schema()))");
            int before = Dialect.POSTGRESQL.schemaVersion(connection);
            for (Migration migration : pending(before)) {
                running = migration;
                run(statement, migration, Dialect.POSTGRESQL);
            }
            return before;
        } catch (SQLException e) {
            throw running == null ? e : new SQLException("Migration " + running.version() + " (" + running.name()
                    + ") failed: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private static void run(Statement statement, Migration migration, Dialect dialect) throws SQLException {
        for (String sql : SqlScript.statements(migration.sql(dialect))) {
            statement.execute(sql);
        }
        dialect.recordSchemaVersion(statement, migration.version());
    }

    private static String resource(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
