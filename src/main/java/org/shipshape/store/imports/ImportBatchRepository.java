package org.shipshape.store.imports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.shipshape.model.imports.ImportBatch;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Sql;

/** Imported files by their SHA-256, so the same file imported twice is noticed. */
public final class ImportBatchRepository {
    private final Database db;

    public ImportBatchRepository(Database db) {
        this.db = db;
    }

    public long insert(String kind, String fileName, String sha256, long rowCount, String user) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (kind, file_name, sha256,"
                    + " row_count, imported_at, imported_by) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, kind);
                ps.setString(2, fileName);
                ps.setString(3, sha256);
                ps.setLong(4, rowCount);
                Sql.setInstant(ps, 5, Instant.now());
                ps.setString(6, user);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Sets the row count of a batch written as a stream, once the count is known (in the same transaction). */
    public void updateRowCount(long batchId, long rowCount) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET row_count = ? WHERE id = ?")) {
                ps.setLong(1, rowCount);
                ps.setLong(2, batchId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The earliest import of a file with this content and kind, if any. */
    public Optional<ImportBatch> findBySha256(String kind, String sha256) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, file_name, sha256, row_count, imported_at,"
                    + " imported_by FROM import_batch WHERE sha256 = ? AND kind = ? ORDER BY id LIMIT 1")) {
                ps.setString(1, sha256);
                ps.setString(2, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new ImportBatch(rs.getLong("id"), rs.getString("kind"),
                            rs.getString("file_name"), rs.getString("sha256"), rs.getLong("row_count"),
                            Sql.getInstant(rs, "imported_at"), rs.getString("imported_by")));
                }
            }
        });
    }
}
