package org.shipshape.store.safety;

import java.sql.ResultSet;
import java.sql.Statement;
import org.shipshape.store.db.Database;

/** Where a warehouse lives on its server: the schema that holds its tables, for the server's own backup tools. */
public final class ServerSchema {
    private ServerSchema() {
    }

    /** The schema the connection works in (the address's currentSchema, else the role's search path). */
    public static String current(Database database) {
        return database.read(connection -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
