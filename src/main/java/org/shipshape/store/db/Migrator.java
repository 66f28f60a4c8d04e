package org.shipshape.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database to the newest schema with versioned SQL scripts, tracked in SQLite's
 * {@code user_version}. Each script runs in its own transaction; see docs/decisions/0003.
 */
public final class Migrator {
    private static final String FOLDER = "/org/shipshape/store/migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__([a-z0-9_]+)\\.sql");

    public record Migration(int version, String name, String sql) {
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
            list.add(new Migration(Integer.parseInt(m.group(1)), m.group(2), resource(fileName)));
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

    /** Applies every pending migration; the connection must be in auto-commit mode. */
    public void migrate(Connection connection, int currentVersion) throws SQLException {
        for (Migration migration : pending(currentVersion)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : SqlScript.statements(migration.sql())) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + migration.version());
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new SQLException("Migration " + migration.version() + " (" + migration.name() + ") failed: "
                        + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        }
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
