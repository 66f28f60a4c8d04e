package org.shipshape.store.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.safety.BackupCheck;
import org.shipshape.store.db.AtomicFiles;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.ForeignKeyViolations;
import org.shipshape.store.db.Migrator;
import org.shipshape.store.db.StoreException;

/**
 * Backups with SQLite's {@code VACUUM INTO}: a consistent copy of the live database taken through its own
 * connection (never a file copy, which can catch a half-written page or miss the {@code -wal}), checked with
 * {@code integrity_check} before it gets its real name.
 */
public final class SqliteBackup {
    private static final int MAX_PROBLEMS = 20;

    private SqliteBackup() {
    }

    /**
     * Writes a backup of the open database to the target and checks it. The backup is made under a temporary name
     * in the target's folder and renamed only after it passed the check, so the target is either a complete,
     * sound backup or does not exist.
     */
    public static BackupCheck write(Database database, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + ".partial");
        try {
            database.read(c -> {
                try {
                    Database.vacuumInto(c, partial);
                } catch (SQLException e) {
                    if (Database.isDiskFull(e)) {
                        // the target's disk, not the database's: say which one needs space
                        throw new StoreException("The disk holding " + absolute.getParent() + " is full; no backup"
                                + " was written there. Free some space or choose another place.", e);
                    }
                    throw e;
                } catch (IOException e) {
                    throw new SQLException(e.getMessage(), e);
                }
                return null;
            });
            BackupCheck check = check(partial);
            if (!check.ok()) {
                Files.deleteIfExists(partial);
                throw new StoreException("The backup written to " + absolute + " failed its check ("
                        + String.join("; ", check.findings()) + "); the database itself may be damaged.");
            }
            AtomicFiles.moveIntoPlace(partial, absolute);
            return check;
        } catch (IOException e) {
            throw new StoreException("The backup could not be written to " + absolute + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            deleteQuietly(partial, e);
            throw e;
        }
    }

    private static void deleteQuietly(Path partial, Exception cause) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Checks a closed database file (a backup) without changing it: opened immutable, so not even a {@code -shm}
     * file is created. Problems name what is wrong: damage, not a Shipshape database, or a newer schema.
     */
    public static BackupCheck check(Path file) {
        if (!Files.isRegularFile(file)) {
            return new BackupCheck(List.of(file + " is not a file"));
        }
        try (Connection c = openImmutable(file)) {
            List<String> problems = new ArrayList<>(integrityProblems(c, "integrity_check"));
            if (!problems.isEmpty()) {
                return new BackupCheck(problems);
            }
            int version = pragmaInt(c, "user_version");
            int latest = Migrator.bundled().latestVersion();
            if (version == 0 || !hasTable(c, "parcel")) {
                problems.add("it is not a Shipshape database");
            } else if (version > latest) {
                problems.add("it was written by a newer Shipshape (schema " + version + ", this app knows up to "
                        + latest + ")");
            }
            return new BackupCheck(problems);
        } catch (SQLException e) {
            return new BackupCheck(List.of("it is not a readable database (" + e.getMessage() + ")"));
        }
    }

    /** {@code integrity_check} and {@code foreign_key_check} of the open, live database. */
    public static List<String> verify(Database database) {
        return database.read(c -> {
            List<String> problems = new ArrayList<>(integrityProblems(c, "integrity_check"));
            problems.addAll(ForeignKeyViolations.of(c, Math.max(0, MAX_PROBLEMS - problems.size())).first());
            problems.addAll(nonFiniteNumbers(c, MAX_PROBLEMS - Math.min(MAX_PROBLEMS, problems.size())));
            return problems;
        });
    }

    /**
     * Numbers that are not finite (infinity, as a value past a double's range becomes), in every numeric column of
     * every table: the store refuses them since schema 7, but a database written earlier may hold some, and
     * every document that reads one fails.
     */
    private static List<String> nonFiniteNumbers(Connection c, int limit) throws SQLException {
        List<String> found = new ArrayList<>();
        List<String[]> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT m.name, p.name FROM sqlite_master m"
                + " JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
                + " AND (upper(p.type) LIKE '%INT%' OR upper(p.type) LIKE '%REAL%' OR upper(p.type) LIKE '%NUM%'"
                + " OR upper(p.type) LIKE '%DOUB%' OR upper(p.type) LIKE '%FLOA%') ORDER BY m.name, p.cid")) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] column : columns) {
            String table = quoted(column[0]);
            String name = quoted(column[1]);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rowid FROM " + table
                    + " WHERE typeof(" + name + ") = 'real' AND abs(" + name + ") > 1.7976931348623157e308 LIMIT "
                    + limit)) {
                while (rs.next() && found.size() < limit) {
                    found.add("table " + column[0] + " row " + rs.getLong(1) + ": " + column[1]
                            + " is not a finite number (it reads as infinity); correct it or restore a backup");
                }
            }
        }
        return found;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /**
     * Writes a fresh, compact copy of a closed database file (a backup being restored) to the target with
     * {@code VACUUM INTO}; the source is opened immutable and never changed.
     */
    public static void copyClosed(Path source, Path target) {
        try (Connection c = openImmutable(source);
             PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toString());
            ps.execute();
            AtomicFiles.restrictToOwner(target);
            AtomicFiles.sync(target);
        } catch (SQLException | IOException e) {
            throw new StoreException("The backup " + source + " could not be copied to " + target + ": "
                    + e.getMessage(), e);
        }
    }

    private static Connection openImmutable(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
    }

    private static List<String> integrityProblems(Connection c, String pragma) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + pragma + "(" + MAX_PROBLEMS + ")")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows.equals(List.of("ok")) ? List.of() : rows;
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }
}
