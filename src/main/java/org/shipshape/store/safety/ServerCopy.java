package org.shipshape.store.safety;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.shipshape.model.safety.TableChecksum;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Migrator;
import org.shipshape.store.db.ServerAddress;
import org.shipshape.store.db.StoreException;

/**
 * Copies a whole warehouse from its SQLite file onto an empty PostgreSQL database, and computes the checksums that
 * show the two hold the same (docs/decisions/0013). The file is only read, in one read transaction, so the copy is
 * one consistent moment of it. On the server the schema is created and every table filled in one transaction: a
 * failure or a cancellation leaves the server as empty as it was.
 */
public final class ServerCopy {
    /** The server's own bookkeeping (the schema version), which the file keeps in its header instead. */
    private static final String SERVER_ONLY_TABLE = "schema_version";
    private static final int ROWS_PER_WRITE = 2000;
    private static final int ROWS_PER_REPORT = 5000;
    private static final int FETCH_SIZE = 5000;

    /** Hears how far the copy is; throwing from it (a cancellation) stops the copy and rolls the server back. */
    @FunctionalInterface
    public interface Listener {
        void copied(String table, long rowsDone, long rowsTotal);
    }

    /** The server's database (or schema) already holds tables: the copy goes only into an empty one. */
    public static final class TargetNotEmptyException extends StoreException {
        private final String schema;
        private final int tables;

        TargetNotEmptyException(String schema, int tables) {
            super("The schema " + schema + " already holds " + tables + " tables");
            this.schema = schema;
            this.tables = tables;
        }

        public String schema() {
            return schema;
        }

        public int tables() {
            return tables;
        }
    }

    /** The schema the address names (or the role's default) does not exist on the server. */
    public static final class NoSchemaException extends StoreException {
        NoSchemaException() {
            super("The server's search path names no existing schema");
        }
    }

    private ServerCopy() {
    }

    /**
     * Copies every table of the file onto the server. Returns the file's checksum per table, computed from the rows
     * as they were read for the copy.
     *
     * @throws TargetNotEmptyException when the server's schema holds any table; nothing was changed there
     * @throws StoreException          when the copy failed; the server was rolled back to empty
     */
    public static Map<String, TableChecksum> copy(Database source, ServerAddress target, Migrator migrator,
                                                  Listener listener) {
        return source.readSnapshot(file -> Database.inServerTransaction(target,
                server -> copy(file, server, migrator, listener)));
    }

    /** The file's checksum per table, read in one transaction. */
    public static Map<String, TableChecksum> checksums(Database source) {
        return source.readSnapshot(file -> {
            Map<String, TableChecksum> sums = new TreeMap<>();
            for (String table : sqliteTables(file)) {
                sums.put(table, checksum(file, table, sqliteColumns(file, table)));
            }
            return sums;
        });
    }

    /** The server's checksum per table (its own bookkeeping left out), read in one snapshot. */
    public static Map<String, TableChecksum> checksums(ServerAddress target) {
        try {
            return Database.readServerSnapshot(target, server -> {
                Map<String, TableChecksum> sums = new TreeMap<>();
                for (Map.Entry<String, Map<String, String>> table : serverTables(server).entrySet()) {
                    sums.put(table.getKey(), checksum(server, table.getKey(),
                            new ArrayList<>(table.getValue().keySet())));
                }
                return sums;
            });
        } catch (SQLException e) {
            throw new StoreException("Reading the server " + target + " failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, TableChecksum> copy(Connection file, Connection server, Migrator migrator,
                                                   Listener listener) throws SQLException {
        CopyIn[] open = new CopyIn[1];
        try {
            refuseNonEmpty(server);
            migrator.migrateServerWithin(server);
            Map<String, Map<String, String>> serverTables = serverTables(server);
            List<String> tables = sqliteTables(file);
            List<ForeignKey> foreignKeys = foreignKeys(server);
            try (Statement s = server.createStatement()) {
                // the migrations seed a few tables (container types, categories); the file's rows replace them
                s.execute("TRUNCATE " + String.join(", ", serverTables.keySet().stream().map(ServerCopy::quote)
                        .toList()));
                // rows are copied table by table in the file's order, in which a package may name a pallet
                // written later: the references are taken off and put back after the copy, which checks each of
                // them in one pass over its table (as pg_restore does) instead of one lookup per copied row
                for (ForeignKey key : foreignKeys) {
                    s.execute("ALTER TABLE " + key.table() + " DROP CONSTRAINT " + key.name());
                }
            }
            long total = 0;
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables) {
                long rows = count(file, table);
                counts.put(table, rows);
                total += rows;
            }
            Map<String, TableChecksum> sums = new TreeMap<>();
            long done = 0;
            for (String table : tables) {
                Map<String, String> serverColumns = serverTables.get(table);
                List<String> columns = sqliteColumns(file, table);
                if (serverColumns == null || !new TreeSet<>(serverColumns.keySet()).equals(new TreeSet<>(columns))) {
                    throw new SQLException("The table " + table + " has other columns on the server ("
                            + (serverColumns == null ? "none" : serverColumns.keySet()) + ") than in the file ("
                            + columns + ")");
                }
                listener.copied(table, done, total);
                sums.put(table, copyTable(file, server, table, columns, serverColumns, open, done, total, listener));
                done += counts.get(table);
            }
            try (Statement s = server.createStatement()) {
                for (ForeignKey key : foreignKeys) {
                    s.execute("ALTER TABLE " + key.table() + " ADD CONSTRAINT " + key.name() + " " + key.definition());
                }
            }
            resetIdentities(server);
            listener.copied(null, total, total);
            return sums;
        } catch (SQLException | RuntimeException e) {
            // a COPY still running must be ended before the transaction can be rolled back
            if (open[0] != null && open[0].isActive()) {
                try {
                    open[0].cancelCopy();
                } catch (SQLException cancelFailure) {
                    e.addSuppressed(cancelFailure);
                }
            }
            throw e;
        }
    }

    private static void refuseNonEmpty(Connection server) throws SQLException {
        String schema;
        try (Statement s = server.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            schema = rs.getString(1);
        }
        if (schema == null) {
            throw new NoSchemaException();
        }
        try (Statement s = server.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM"
                + " information_schema.tables WHERE table_schema = current_schema()")) {
            rs.next();
            if (rs.getInt(1) > 0) {
                throw new TargetNotEmptyException(schema, rs.getInt(1));
            }
        }
    }

    /**
     * Streams one table with PostgreSQL's COPY (far faster than inserts), hashing each row as it goes by. Values are
     * written in COPY's text form for the server column's type (see {@link #copyText}).
     */
    private static TableChecksum copyTable(Connection file, Connection server, String table, List<String> columns,
                                           Map<String, String> serverTypes, CopyIn[] open, long before, long total,
                                           Listener listener) throws SQLException {
        List<String> ordered = TableDigest.sorted(columns);
        TableDigest digest = new TableDigest(ordered);
        String list = String.join(", ", ordered.stream().map(ServerCopy::quote).toList());
        CopyIn copy = server.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + quote(table) + " (" + list
                + ") FROM STDIN");
        open[0] = copy;
        String[] types = ordered.stream().map(serverTypes::get).toArray(String[]::new);
        StringBuilder batch = new StringBuilder();
        Object[] values = new Object[ordered.size()];
        long rows = 0;
        try (Statement s = file.createStatement(); ResultSet rs = s.executeQuery("SELECT " + list + " FROM "
                + quote(table))) {
            while (rs.next()) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getObject(i + 1);
                    if (i > 0) {
                        batch.append('\t');
                    }
                    copyText(batch, values[i], types[i]);
                }
                batch.append('\n');
                digest.add(values);
                rows++;
                if (rows % ROWS_PER_WRITE == 0) {
                    write(copy, batch);
                }
                if (rows % ROWS_PER_REPORT == 0) {
                    listener.copied(table, before + rows, total);
                }
            }
        }
        write(copy, batch);
        copy.endCopy();
        open[0] = null;
        return digest.finish(table);
    }

    private static void write(CopyIn copy, StringBuilder batch) throws SQLException {
        if (batch.length() > 0) {
            byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            batch.setLength(0);
        }
    }

    /**
     * One value in COPY's text form for a column of the given server type: a double into NUMERIC as its shortest exact
     * decimal (the server's own float-to-numeric cast keeps only 15 digits), into an integer column as the integer it
     * holds, bytes as hexadecimal, text with COPY's four escapes. A value the column cannot take (text in a number
     * column) is given as it is and refused by the server, which stops the copy.
     */
    static void copyText(StringBuilder out, Object value, String serverType) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof byte[] bytes) {
            out.append("\\\\x").append(HexFormat.of().formatHex(bytes));
        } else if (value instanceof Double d) {
            if (serverType.equals("numeric") && Double.isFinite(d)) {
                out.append(BigDecimal.valueOf(d).toPlainString());
            } else if (isInteger(serverType) && d == Math.rint(d) && Math.abs(d) < 0x1p63) {
                out.append(d.longValue());
            } else {
                out.append(d);
            }
        } else if (value instanceof Number number) {
            out.append(number);
        } else {
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c);
                }
            }
        }
    }

    private static boolean isInteger(String serverType) {
        return serverType.equals("bigint") || serverType.equals("integer") || serverType.equals("smallint");
    }

    /** Sets every identity column's next value past the highest copied id, so new rows get fresh ids. */
    private static void resetIdentities(Connection server) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement s = server.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name, column_name"
                + " FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] identity : identities) {
            try (PreparedStatement p = server.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?),"
                    + " coalesce((SELECT max(" + quote(identity[1]) + ") FROM " + quote(identity[0]) + "), 0) + 1,"
                    + " false)")) {
                p.setString(1, quote(identity[0]));
                p.setString(2, identity[1]);
                p.execute();
            }
        }
    }

    /** A foreign key of the schema: its table and name (quoted) and its definition as the server prints it. */
    private record ForeignKey(String table, String name, String definition) {
    }

    private static List<ForeignKey> foreignKeys(Connection server) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (Statement s = server.createStatement(); ResultSet rs = s.executeQuery("SELECT quote_ident(t.relname),"
                + " quote_ident(c.conname), pg_get_constraintdef(c.oid) FROM pg_constraint c"
                + " JOIN pg_class t ON t.oid = c.conrelid"
                + " WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace ORDER BY 1, 2")) {
            while (rs.next()) {
                keys.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return keys;
    }

    private static TableChecksum checksum(Connection connection, String table, List<String> columns)
            throws SQLException {
        List<String> ordered = TableDigest.sorted(columns);
        TableDigest digest = new TableDigest(ordered);
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", ordered.stream().map(ServerCopy::quote)
                    .toList()) + " FROM " + quote(table))) {
                while (rs.next()) {
                    digest.add(rs);
                }
            }
        }
        return digest.finish(table);
    }

    private static List<String> sqliteTables(Connection file) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = file.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master"
                + " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static List<String> sqliteColumns(Connection file, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = file.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(table)
                + ")")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
            }
        }
        return columns;
    }

    /** The schema's tables (the server's bookkeeping left out), each with its columns and their types. */
    private static Map<String, Map<String, String>> serverTables(Connection server) throws SQLException {
        Map<String, Map<String, String>> tables = new TreeMap<>();
        try (Statement s = server.createStatement(); ResultSet rs = s.executeQuery("SELECT c.table_name,"
                + " c.column_name, c.data_type FROM information_schema.columns c JOIN information_schema.tables t"
                + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                + " WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
                + " ORDER BY c.table_name, c.ordinal_position")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(SERVER_ONLY_TABLE)) {
                    tables.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>()).put(rs.getString(2),
                            rs.getString(3));
                }
            }
        }
        return tables;
    }

    private static long count(Connection file, String table) throws SQLException {
        try (Statement s = file.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM "
                + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
