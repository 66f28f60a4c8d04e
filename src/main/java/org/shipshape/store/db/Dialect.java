package org.shipshape.store.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What differs between the two databases Shipshape runs on (docs/decisions/0010): SQLite, one file on one PC, and
 * PostgreSQL, one server for several stations. Only the store layer sees it; repositories write portable SQL and
 * ask the dialect for the little that is not.
 */
public enum Dialect {
    SQLITE {
        @Override
        int schemaVersion(Connection connection) throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }

        @Override
        void recordSchemaVersion(Statement statement, int version) throws SQLException {
            statement.execute("PRAGMA user_version = " + version);
        }

        @Override
        public String forUpdate() {
            return ""; // a write transaction is BEGIN IMMEDIATE: it already holds the only write lock
        }
    },

    POSTGRESQL {
        @Override
        int schemaVersion(Connection connection) throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                            + " AND table_name = 'schema_version'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return 0;
                }
            }
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }

        @Override
        void recordSchemaVersion(Statement statement, int version) throws SQLException {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            statement.execute("DELETE FROM schema_version");
            statement.execute("INSERT INTO schema_version (version) VALUES (" + version + ")");
        }

        @Override
        public String forUpdate() {
            // NO KEY UPDATE still makes two stations changing the shipment take turns, but unlike FOR UPDATE it does
            // not block the key-share lock a foreign key check takes: a packing station adding a package to the
            // shipment (parcel.shipment_id) does not wait behind a loading scan (docs/decisions/0016)
            return " FOR NO KEY UPDATE";
        }
    };

    /** The schema version the database holds, 0 for an empty one. */
    abstract int schemaVersion(Connection connection) throws SQLException;

    abstract void recordSchemaVersion(Statement statement, int version) throws SQLException;

    /**
     * The clause that locks the rows a SELECT reads until the transaction ends, so that a decision taken on them
     * (is there room left in this container?) holds when two stations decide at once. The lock is for changing
     * the row's other columns, never its key: rows that only refer to it (a new package of the shipment) are not
     * held up by it.
     */
    public abstract String forUpdate();

    /** The folder beside the common migrations that holds this dialect's own scripts, or null for none. */
    String migrationFolder() {
        return this == POSTGRESQL ? "postgresql/" : null;
    }

    /**
     * True when the server gave up the transaction because it collided with another station's (a serialisation
     * failure or a deadlock): running it again from the start is then safe and usually succeeds.
     */
    static boolean isRetryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
