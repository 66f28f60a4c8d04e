package org.shipshape.store.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.audit.AuditEntry;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Sql;

/** Append-only log of who changed what. Call it inside the same write as the change it records. */
public final class AuditRepository {
    private final Database db;

    public AuditRepository(Database db) {
        this.db = db;
    }

    public void append(String user, String action, String entity, String entityKey, String details) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (at, user_name, action, entity,"
                    + " entity_key, details) VALUES (?,?,?,?,?,?)")) {
                Sql.setInstant(ps, 1, Instant.now());
                ps.setString(2, user);
                ps.setString(3, action);
                ps.setString(4, entity);
                ps.setString(5, entityKey);
                ps.setString(6, details);
                return ps.executeUpdate();
            }
        });
    }

    /** The latest entries about one kind of entity ("setting", "box_size"), newest first. */
    public List<AuditEntry> recentFor(String entity, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, user_name, action, entity, entity_key,"
                    + " details FROM audit_log WHERE entity = ? ORDER BY id DESC LIMIT ?")) {
                ps.setString(1, entity);
                ps.setInt(2, limit);
                List<AuditEntry> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(entry(rs));
                    }
                }
                return result;
            }
        });
    }

    private static AuditEntry entry(ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), Sql.getInstant(rs, "at"), rs.getString("user_name"),
                rs.getString("action"), rs.getString("entity"), rs.getString("entity_key"), rs.getString("details"));
    }

    public List<AuditEntry> recent(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, user_name, action, entity, entity_key,"
                    + " details FROM audit_log ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<AuditEntry> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(entry(rs));
                    }
                }
                return result;
            }
        });
    }
}
