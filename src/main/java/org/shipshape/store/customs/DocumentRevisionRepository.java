package org.shipshape.store.customs;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.DocumentKind;
import org.shipshape.model.customs.DocumentRevision;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Sql;

/** Final customs documents, stored exactly as printed with their SHA-256. */
public final class DocumentRevisionRepository {
    private static final String COLUMNS = "id, shipment_id, doc_number, revision, kind, language, sha256, created_at,"
            + " created_by";

    /** A document to store: its metadata and the exact bytes of the PDF. */
    public record NewRevision(String documentNumber, DocumentKind kind, Language language, String sha256,
                              byte[] content) {
    }

    private final Database db;

    public DocumentRevisionRepository(Database db) {
        this.db = db;
    }

    /** The revision number the next final pack of the shipment gets (1 for the first). */
    public int nextRevision(long shipmentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(max(revision), 0) + 1 FROM document_revision WHERE shipment_id = ?")) {
                ps.setLong(1, shipmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Stores all documents of one pack revision and its audit entry in one transaction; all or none. */
    public void insertPack(long shipmentId, String shipmentReference, int revision, List<NewRevision> documents,
                           Instant at, String by) {
        db.write(c -> {
            new AuditRepository(db).append(by, "final customs pack", "shipment", shipmentReference,
                    "revision " + revision + ", " + documents.size() + " documents");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_revision (shipment_id, doc_number,"
                    + " revision, kind, language, sha256, content, created_at, created_by)"
                    + " VALUES (?,?,?,?,?,?,?,?,?)", Statement.NO_GENERATED_KEYS)) {
                for (NewRevision document : documents) {
                    ps.setLong(1, shipmentId);
                    ps.setString(2, document.documentNumber());
                    ps.setInt(3, revision);
                    ps.setString(4, document.kind().code());
                    ps.setString(5, document.language() == null ? null : document.language().code());
                    ps.setString(6, document.sha256());
                    ps.setBytes(7, document.content());
                    Sql.setInstant(ps, 8, at);
                    ps.setString(9, by);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Every stored document of the shipment, newest revision first. */
    public List<DocumentRevision> findByShipment(long shipmentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM document_revision"
                    + " WHERE shipment_id = ? ORDER BY revision DESC, id")) {
                ps.setLong(1, shipmentId);
                List<DocumentRevision> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(map(rs));
                    }
                }
                return result;
            }
        });
    }

    /** The exact bytes stored for a document, or empty when there is no such revision. */
    public Optional<byte[]> content(long revisionId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM document_revision WHERE id = ?")) {
                ps.setLong(1, revisionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    private static DocumentRevision map(ResultSet rs) throws SQLException {
        return new DocumentRevision(rs.getLong("id"), rs.getLong("shipment_id"), rs.getString("doc_number"),
                rs.getInt("revision"), Sql.getEnum(rs, "kind", DocumentKind.class),
                Language.fromCode(rs.getString("language")).orElse(null), rs.getString("sha256"),
                Sql.getInstant(rs, "created_at"), rs.getString("created_by"));
    }
}
