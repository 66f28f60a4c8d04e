package org.shipshape.store.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What SQLite's {@code foreign_key_check} finds in a file: how many rows refer to a row that does not exist, and the
 * first of them described ("table content_line row 7 refers to a missing donated_item row"). Read by
 * {@code shipshape verify} and by the migrations, which may not leave more of them than they found.
 */
public record ForeignKeyViolations(long count, List<String> first) {
    public ForeignKeyViolations {
        first = List.copyOf(first);
    }

    /** Counts every violation and describes at most {@code described} of them. */
    public static ForeignKeyViolations of(Connection connection, int described) throws SQLException {
        long count = 0;
        List<String> first = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                count++;
                if (first.size() < described) {
                    first.add("table " + rs.getString(1) + " row " + rs.getLong(2) + " refers to a missing "
                            + rs.getString(3) + " row");
                }
            }
        }
        return new ForeignKeyViolations(count, first);
    }
}
