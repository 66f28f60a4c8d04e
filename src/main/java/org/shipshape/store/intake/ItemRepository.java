package org.shipshape.store.intake;

import org.shipshape.store.inventory.InventoryQuery;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import org.shipshape.model.common.Decimals;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.DonorGift;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.inventory.InventoryTotals;
import org.shipshape.model.inventory.ItemFilter;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.intake.TestRecord;
import org.shipshape.model.intake.TestResult;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Dialect;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.store.db.RecordVersions;
import org.shipshape.store.db.Sql;

/** Donated items as received at intake. */
public final class ItemRepository {
    private static final String COLUMNS = "id, donor_id, category_id, description, quantity, unit, condition,"
            + " unit_value_minor, currency, unit_g, received_on, location, status, tested_on, tested_by,"
            + " test_result, test_notes";
    /** The 11 fields intake records before the status, in the order {@link #bindRecorded} binds them. */
    private static final String RECORDED = "donor_id, category_id, description, quantity, unit, condition,"
            + " unit_value_minor, currency, unit_g, received_on, location";
    private static final int RECORDED_COLUMNS = 11;
    private static final String INSERT = "INSERT INTO donated_item (" + RECORDED + ", status, tested_on,"
            + " tested_by, test_result, test_notes, import_batch_id, created_at)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final int INSERT_COLUMNS = 18;
    /** Rows per INSERT statement of an import: fewer statements to run, 900 parameters (SQLite allows 32,766). */
    static final int ROWS_PER_STATEMENT = 50;
    static final int IMPORT_CACHE_KIB = 16 * 1024;
    /** Smaller imports keep the indexes: dropping and making them again is not worth it below this. */
    static final long INDEX_REBUILD_FROM = 10_000;
    /** SQLite's trigger that refuses a quantity not finite (V007__finite_numbers.sql), and its condition. */
    static final String QUANTITY_GUARD = "donated_item_quantity_finite_insert";
    static final String QUANTITY_NOT_FINITE = "abs(quantity) > 1e15";
    private final Database db;

    public ItemRepository(Database db) {
        this.db = db;
    }

    public long insert(DonatedItem item) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, item, null, Instant.now().toString());
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
            String now = Instant.now().toString(); // once, not for each of an import's 100,000 rows
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

    /**
     * Stores an import's items inside the caller's transaction ({@code Database.inTransaction}), which must be open
     * for as long as the writer is: see {@link ImportWriter}.
     */
    public ImportWriter importWriter(long importBatchId) {
        return new ImportWriter(importBatchId);
    }

    /**
     * Stores the items of one import, many at a time (issue 16, docs/decisions/0030): {@value #ROWS_PER_STATEMENT}
     * rows per INSERT statement. On SQLite, while it writes, the page cache is {@value #IMPORT_CACHE_KIB} KiB (the
     * connection's default of 2 MB made SQLite write out and read back index pages thousands of times), and once
     * the import has stored as many rows as the table held before it (and at least {@value #INDEX_REBUILD_FROM}), the
     * table's indexes are dropped and made again by {@link #finish()}: building an index once from all its rows is
     * cheaper than as many inserts at random places. At the same moment the trigger that refuses a quantity that is
     * not a finite number ({@value #QUANTITY_GUARD}, schema 7) is dropped too: run for each row it cost SQLite about
     * an eighth of the import; {@link #finish()} asks the same question once of all the rows stored since, refuses
     * the import as the trigger would have, and makes the trigger again. All of it happens inside the caller's
     * transaction, so a rollback brings the indexes and the trigger back as they were; a PostgreSQL server keeps its
     * indexes (dropping one would lock the table against every other station) and has CHECK constraints instead.
     */
    public final class ImportWriter implements AutoCloseable {
        private final long importBatchId;
        private final String createdAt = Instant.now().toString(); // once, not for each of 100,000 rows
        private final List<DonatedItem> pending = new ArrayList<>(ROWS_PER_STATEMENT);
        /** Whether a pending item has a test record or a status other than in stock: only the full INSERT holds it. */
        private boolean pendingNeedsEveryColumn;
        private final boolean sqlite;
        private final long rowsBefore;
        private final Integer cacheSizeBefore;
        private PreparedStatement fullStatement;
        private PreparedStatement receivedStatement;
        private List<String> droppedIndexes = List.of();
        /** The quantity guard's definition while it is dropped, else null. */
        private String droppedGuard;
        /** The largest item id when the guard was dropped: the rows after it are checked by {@link #finish()}. */
        private long lastIdGuarded;
        private long stored;

        private ImportWriter(long importBatchId) {
            this.importBatchId = importBatchId;
            this.sqlite = db.dialect() == Dialect.SQLITE;
            if (!sqlite) {
                rowsBefore = 0;
                cacheSizeBefore = null;
                return;
            }
            long[] rows = new long[1];
            cacheSizeBefore = db.write(c -> {
                try (Statement s = c.createStatement()) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM donated_item")) {
                        rs.next();
                        rows[0] = rs.getLong(1);
                    }
                    int before;
                    try (ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
                        rs.next();
                        before = rs.getInt(1);
                    }
                    if (before > -IMPORT_CACHE_KIB) { // a negative size is in KiB, a positive one in pages
                        s.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
                        return before;
                    }
                    return null;
                }
            });
            rowsBefore = rows[0];
        }

        /** Stores the item (its id is given by the database); rows are written in groups. */
        public void add(DonatedItem item) {
            pending.add(item);
            pendingNeedsEveryColumn |= item.status() != ItemStatus.IN_STOCK || item.testRecord() != null;
            if (pending.size() == ROWS_PER_STATEMENT) {
                db.write(c -> {
                    if (receivedOnly()) {
                        if (receivedStatement == null) {
                            receivedStatement = c.prepareStatement(insertFor(ROWS_PER_STATEMENT));
                        }
                        writePending(receivedStatement);
                    } else {
                        if (fullStatement == null) {
                            fullStatement = c.prepareStatement(insertFor(ROWS_PER_STATEMENT));
                        }
                        writePending(fullStatement);
                    }
                    if (sqlite && droppedIndexes.isEmpty() && stored >= Math.max(rowsBefore, INDEX_REBUILD_FROM)) {
                        droppedIndexes = dropIndexes(c);
                        lastIdGuarded = largestId(c);
                        droppedGuard = dropQuantityGuard(c);
                    }
                    return null;
                });
            }
        }

        /** Writes what is left and makes the dropped indexes again; returns how many items were stored. */
        public long finish() {
            return db.write(c -> {
                if (!pending.isEmpty()) {
                    try (PreparedStatement last = c.prepareStatement(insertFor(pending.size()))) {
                        writePending(last);
                    }
                }
                if (droppedGuard != null) {
                    refuseQuantitiesNotFinite(c, lastIdGuarded);
                    restoreQuantityGuard(c);
                }
                try (Statement s = c.createStatement()) {
                    for (String index : droppedIndexes) {
                        s.execute(index);
                    }
                }
                droppedIndexes = List.of();
                return stored;
            });
        }

        /**
         * Whether the pending items go in by {@link #insertReceivedOf}: on SQLite (whose numbered parameters it uses),
         * when none has a test record or a status but in stock, as in most files.
         */
        private boolean receivedOnly() {
            return sqlite && !pendingNeedsEveryColumn;
        }

        /** The INSERT for {@code rows} pending items, in the form {@link #writePending} binds them. */
        private String insertFor(int rows) {
            return receivedOnly() ? insertReceivedOf(rows) : insertOf(rows);
        }

        private void writePending(PreparedStatement ps) throws SQLException {
            if (receivedOnly()) {
                ps.setLong(1, importBatchId);
                ps.setString(2, createdAt);
                for (int i = 0; i < pending.size(); i++) {
                    bindRecorded(ps, 2 + i * RECORDED_COLUMNS, pending.get(i));
                }
            } else {
                for (int i = 0; i < pending.size(); i++) {
                    bindFields(ps, i * INSERT_COLUMNS, pending.get(i));
                    ps.setLong(i * INSERT_COLUMNS + 17, importBatchId);
                    ps.setString(i * INSERT_COLUMNS + 18, createdAt);
                }
            }
            ps.executeUpdate();
            stored += pending.size();
            pending.clear();
            pendingNeedsEveryColumn = false;
        }

        /** Drops the table's own indexes (not those SQLite makes for a constraint); returns the SQL to make them again. */
        private static List<String> dropIndexes(Connection c) throws SQLException {
            List<String> names = new ArrayList<>();
            List<String> definitions = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master"
                    + " WHERE type = 'index' AND tbl_name = 'donated_item' AND sql IS NOT NULL ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
            try (Statement s = c.createStatement()) {
                for (String name : names) {
                    s.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
                }
            }
            return List.copyOf(definitions);
        }

        private static long largestId(Connection c) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT coalesce(max(id), 0) FROM donated_item")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** Drops the quantity guard; returns its definition, or null when this database has none. */
        private static String dropQuantityGuard(Connection c) throws SQLException {
            String definition;
            try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'trigger'"
                    + " AND name = ?")) {
                ps.setString(1, QUANTITY_GUARD);
                try (ResultSet rs = ps.executeQuery()) {
                    definition = rs.next() ? rs.getString(1) : null;
                }
            }
            if (definition != null) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TRIGGER " + QUANTITY_GUARD);
                }
            }
            return definition;
        }

        /** Fails as the guard would have, naming it, when an item stored after {@code lastIdGuarded} breaks it. */
        private static void refuseQuantitiesNotFinite(Connection c, long lastIdGuarded) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM donated_item WHERE id > ? AND "
                    + QUANTITY_NOT_FINITE + " LIMIT 1")) {
                ps.setLong(1, lastIdGuarded);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new SQLException("CHECK constraint failed: donated_item.quantity must be a finite number"
                                + " (" + QUANTITY_GUARD + ", item " + rs.getLong(1) + ")");
                    }
                }
            }
        }

        private void restoreQuantityGuard(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute(droppedGuard);
            }
            droppedGuard = null;
        }

        /**
         * Gives the connection its page cache back, and the quantity guard when {@link #finish()} was not reached (the
         * caller rolls back; should it commit, later writes are still guarded). The transaction is the caller's.
         */
        @Override
        public void close() {
            db.write(c -> {
                if (fullStatement != null) {
                    fullStatement.close();
                }
                if (receivedStatement != null) {
                    receivedStatement.close();
                }
                if (droppedGuard != null) {
                    restoreQuantityGuard(c);
                }
                if (cacheSizeBefore != null) {
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA cache_size = " + cacheSizeBefore);
                    }
                }
                return null;
            });
        }
    }

    /**
     * INSERT of {@code rows} items as intake records them, without status or test record (their defaults: in stock,
     * none): the SQLite import's statement for most files ({@link ImportWriter}). The import batch and the time are
     * parameters 1 and 2, given once for all the rows; item i's fields are 3 + 11i .. 13 + 11i. Fewer values to hand
     * over one at a time took a seventh off the time SQLite's driver spent storing 100,000 rows.
     */
    static String insertReceivedOf(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO donated_item (" + RECORDED
                + ", import_batch_id, created_at) VALUES ");
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "(" : ",(");
            for (int field = 1; field <= RECORDED_COLUMNS; field++) {
                sql.append('?').append(2 + row * RECORDED_COLUMNS + field).append(',');
            }
            sql.append("?1,?2)");
        }
        return sql.toString();
    }

    /** INSERT of {@code rows} items with every column: the import's statement for the rest ({@link ImportWriter}). */
    static String insertOf(int rows) {
        String oneRow = "(" + String.join(",", Collections.nCopies(INSERT_COLUMNS, "?")) + ")";
        return INSERT.substring(0, INSERT.indexOf(" VALUES ")) + " VALUES "
                + String.join(",", Collections.nCopies(rows, oneRow));
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
            try (PreparedStatement ps = c.prepareStatement("UPDATE donated_item SET status = ?, "
                    + RecordVersions.STAMP + " WHERE id = ?")) {
                for (long id : itemIds) {
                    ps.setString(1, status.code());
                    RecordVersions.bindStamp(ps, 2, db);
                    ps.setLong(4, id);
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

    /**
     * Changes what intake recorded (not the id, donor link history, import batch or status, which moves only
     * through packing), if the item is still at the version the edit started from.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed it since; nothing is written
     */
    public void update(DonatedItem item, long expectedVersion) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE donated_item SET donor_id = ?, category_id = ?,"
                    + " description = ?, quantity = ?, unit = ?, condition = ?, unit_value_minor = ?, currency = ?,"
                    + " unit_g = ?, received_on = ?, location = ?, tested_on = ?, tested_by = ?,"
                    + " test_result = ?, test_notes = ?, " + RecordVersions.STAMP + " WHERE id = ? AND version = ?")) {
                bindEditable(ps, item);
                RecordVersions.updateAt(ps, 16, db, c, "donated_item", item.id(), expectedVersion);
                return null;
            }
        });
    }

    /** Which change of the donated_item is stored now, and who made it; empty when it does not exist. */
    public Optional<RecordVersion> version(long id) {
        return db.read(c -> RecordVersions.of(c, "donated_item", id));
    }

    /** Of the given items, those a content line refers to (packed or shipped); they cannot be deleted. */
    public Set<Long> packedAmong(Collection<Long> ids) {
        return db.read(c -> {
            Set<Long> packed = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM content_line WHERE item_id = ? LIMIT 1")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            packed.add(id);
                        }
                    }
                }
            }
            return packed;
        });
    }

    /** Deletes the items in one transaction; returns them as they were, so they can be restored. */
    public List<DonatedItem> deleteAll(Collection<Long> ids) {
        return db.write(c -> {
            List<DonatedItem> deleted = new ArrayList<>();
            try (PreparedStatement find = c.prepareStatement("SELECT " + COLUMNS + " FROM donated_item WHERE id = ?");
                 PreparedStatement delete = c.prepareStatement("DELETE FROM donated_item WHERE id = ?")) {
                for (long id : ids) {
                    find.setLong(1, id);
                    try (ResultSet rs = find.executeQuery()) {
                        if (rs.next()) {
                            deleted.add(map(rs));
                        }
                    }
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
            return deleted;
        });
    }

    /** Puts deleted items back under their old ids (undo of a delete), in one transaction. */
    public void restore(List<DonatedItem> items) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT.replace("(donor_id,", "(id, donor_id,")
                    .replace("VALUES (?", "VALUES (?,?"))) {
                Instant now = Instant.now();
                for (DonatedItem item : items) {
                    ps.setLong(1, item.id());
                    bindFields(ps, 1, item);
                    ps.setNull(18, java.sql.Types.INTEGER);
                    Sql.setInstant(ps, 19, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Descriptions typed before, most used first (for suggestions at intake); categoryId null for all. */
    public List<String> frequentDescriptions(Long categoryId, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT description FROM donated_item"
                    + " WHERE (? IS NULL OR category_id = ?) GROUP BY description"
                    + " ORDER BY count(*) DESC, max(id) DESC LIMIT ?")) {
                Sql.setNullableLong(ps, 1, categoryId);
                Sql.setNullableLong(ps, 2, categoryId);
                ps.setInt(3, limit);
                List<String> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(rs.getString(1));
                    }
                }
                return result;
            }
        });
    }

    private static void bind(PreparedStatement ps, DonatedItem item, Long importBatchId, String now)
            throws SQLException {
        bindFields(ps, 0, item);
        Sql.setNullableLong(ps, 17, importBatchId);
        ps.setString(18, now);
    }

    /** Binds the 15 fields an edit changes (the recorded ones but the status) to parameters 1 .. 15. */
    private static void bindEditable(PreparedStatement ps, DonatedItem item) throws SQLException {
        bindRecorded(ps, 0, item);
        bindTest(ps, 12, item.testRecord());
    }

    private static void bindTest(PreparedStatement ps, int first, TestRecord test) throws SQLException {
        Sql.setDate(ps, first, test == null ? null : test.testedOn());
        ps.setString(first + 1, test == null ? null : test.testedBy());
        ps.setString(first + 2, test == null ? null : test.result().code());
        ps.setString(first + 3, test == null ? null : test.notes());
    }

    /** Binds the 11 fields intake records before the status to parameters offset+1 .. offset+11. */
    private static void bindRecorded(PreparedStatement ps, int offset, DonatedItem item) throws SQLException {
        ps.setLong(offset + 1, item.donorId());
        ps.setLong(offset + 2, item.categoryId());
        ps.setString(offset + 3, item.description());
        Sql.setDecimal(ps, offset + 4, item.quantity());
        ps.setString(offset + 5, item.unit());
        ps.setString(offset + 6, item.condition().code());
        Sql.setMoney(ps, offset + 7, item.unitValue());
        ps.setString(offset + 8, item.currency());
        Sql.setKg(ps, offset + 9, item.unitKg());
        Sql.setDate(ps, offset + 10, item.receivedOn());
        ps.setString(offset + 11, item.location());
    }

    /** Binds the 16 recorded fields of an item to parameters offset+1 .. offset+16. */
    private static void bindFields(PreparedStatement ps, int offset, DonatedItem item) throws SQLException {
        bindRecorded(ps, offset, item);
        ps.setString(offset + 12, item.status().code());
        bindTest(ps, offset + 13, item.testRecord());
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

    /** Moves every item of one donor to another (merging duplicate donors); returns how many moved. */
    public int moveToDonor(long fromDonorId, long toDonorId) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE donated_item SET donor_id = ?, "
                    + RecordVersions.STAMP + " WHERE donor_id = ?")) {
                ps.setLong(1, toDonorId);
                RecordVersions.bindStamp(ps, 2, db);
                ps.setLong(4, fromDonorId);
                return ps.executeUpdate();
            }
        });
    }
}
