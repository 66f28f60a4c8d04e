package org.shipshape.store.intake;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.intake.TestRecord;
import org.shipshape.model.intake.TestResult;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Sql;

/** Donated items as received at intake. */
public final class ItemRepository {
    private static final String COLUMNS = "id, donor_id, category_id, description, quantity, unit, condition,"
            + " unit_value_minor, currency, unit_g, received_on, location, status, tested_on, tested_by,"
            + " test_result, test_notes";
    private static final String INSERT = "INSERT INTO donated_item (donor_id, category_id, description, quantity,"
            + " unit, condition, unit_value_minor, currency, unit_g, received_on, location, status, tested_on,"
            + " tested_by, test_result, test_notes, import_batch_id, created_at)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private final Database db;

    public ItemRepository(Database db) {
        this.db = db;
    }

    public long insert(DonatedItem item) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, item, null, Instant.now());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Inserts all items in one transaction (batched); importBatchId may be null. */
    public void insertAll(List<DonatedItem> items, Long importBatchId) {
        db.write(c -> {
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                int pending = 0;
                for (DonatedItem item : items) {
                    bind(ps, item, importBatchId, now);
                    ps.addBatch();
                    if (++pending == 1000) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    public Optional<DonatedItem> findById(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM donated_item WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    public List<DonatedItem> findByDonor(long donorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM donated_item WHERE donor_id = ? ORDER BY received_on, id")) {
                ps.setLong(1, donorId);
                List<DonatedItem> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(map(rs));
                    }
                }
                return result;
            }
        });
    }

    /** The ids of all items in the order they were stored (generators link content lines by position). */
    public List<Long> idsInOrder() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM donated_item ORDER BY id")) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        });
    }

    /** Sets the status of the given items, in one transaction. */
    public void updateStatus(Collection<Long> itemIds, ItemStatus status) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE donated_item SET status = ? WHERE id = ?")) {
                for (long id : itemIds) {
                    ps.setString(1, status.code());
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public long count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM donated_item")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void bind(PreparedStatement ps, DonatedItem item, Long importBatchId, Instant now)
            throws SQLException {
        ps.setLong(1, item.donorId());
        ps.setLong(2, item.categoryId());
        ps.setString(3, item.description());
        Sql.setDecimal(ps, 4, item.quantity());
        ps.setString(5, item.unit());
        ps.setString(6, item.condition().code());
        Sql.setMoney(ps, 7, item.unitValue());
        ps.setString(8, item.currency());
        Sql.setKg(ps, 9, item.unitKg());
        Sql.setDate(ps, 10, item.receivedOn());
        ps.setString(11, item.location());
        ps.setString(12, item.status().code());
        TestRecord test = item.testRecord();
        Sql.setDate(ps, 13, test == null ? null : test.testedOn());
        ps.setString(14, test == null ? null : test.testedBy());
        ps.setString(15, test == null ? null : test.result().code());
        ps.setString(16, test == null ? null : test.notes());
        Sql.setNullableLong(ps, 17, importBatchId);
        Sql.setInstant(ps, 18, now);
    }

    static DonatedItem map(ResultSet rs) throws SQLException {
        TestResult result = Sql.getEnum(rs, "test_result", TestResult.class);
        TestRecord test = result == null ? null
                : new TestRecord(Sql.getDate(rs, "tested_on"), rs.getString("tested_by"), result,
                        rs.getString("test_notes"));
        return new DonatedItem(rs.getLong("id"), rs.getLong("donor_id"), rs.getLong("category_id"),
                rs.getString("description"), Sql.getDecimal(rs, "quantity"), rs.getString("unit"),
                Sql.getEnum(rs, "condition", Condition.class), Sql.getMoney(rs, "unit_value_minor"),
                rs.getString("currency"), Sql.getKg(rs, "unit_g"), Sql.getDate(rs, "received_on"),
                rs.getString("location"), Sql.getEnum(rs, "status", ItemStatus.class), test);
    }
}
