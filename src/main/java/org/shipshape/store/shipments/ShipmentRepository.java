package org.shipshape.store.shipments;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shipshape.model.common.Language;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.model.shipments.Country;
import org.shipshape.model.loading.PackageCounts;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentMarker;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.db.Database;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.store.db.RecordVersions;
import org.shipshape.store.db.Sql;

/** Shipments and the container types they can use. */
public final class ShipmentRepository {
    private static final String COLUMNS = "id, reference, country_code, consignee, consignee_address, notify_party,"
            + " port_of_loading, port_of_discharge, final_destination, vessel, voyage, bill_of_lading, etd, eta,"
            + " incoterm, incoterm_place, currency, document_languages, container_type, container_number,"
            + " seal_number, status";
    private static final String FIELDS = "reference = ?, country_code = ?, consignee = ?, consignee_address = ?,"
            + " notify_party = ?, port_of_loading = ?, port_of_discharge = ?, final_destination = ?, vessel = ?,"
            + " voyage = ?, bill_of_lading = ?, etd = ?, eta = ?, incoterm = ?, incoterm_place = ?, currency = ?,"
            + " document_languages = ?, container_type = ?, container_number = ?, seal_number = ?, status = ?";
    private final Database db;

    public ShipmentRepository(Database db) {
        this.db = db;
    }

    public long insert(Shipment shipment) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO shipment (reference, country_code, consignee,"
                    + " consignee_address, notify_party, port_of_loading, port_of_discharge, final_destination,"
                    + " vessel, voyage, bill_of_lading, etd, eta, incoterm, incoterm_place, currency,"
                    + " document_languages, container_type, container_number, seal_number, status, created_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, shipment);
                Sql.setInstant(ps, 22, Instant.now());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Saves an edited shipment while it is still at the version the edit started from.
     *
     * @throws org.shipshape.store.db.StaleRecordException when someone changed it since; nothing is written
     */
    public void update(Shipment shipment, long expectedVersion) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE shipment SET " + FIELDS + ", "
                    + RecordVersions.STAMP + " WHERE id = ? AND version = ?")) {
                bind(ps, shipment);
                RecordVersions.updateAt(ps, 22, db, c, "shipment", shipment.id(), expectedVersion);
                return null;
            }
        });
    }

    /** Which change of the shipment is stored now, and who made it; empty when it does not exist. */
    public Optional<RecordVersion> version(long id) {
        return db.read(c -> RecordVersions.of(c, "shipment", id));
    }

    public List<Shipment> findAll() {
        return query("SELECT " + COLUMNS + " FROM shipment ORDER BY reference");
    }

    public Optional<Shipment> findById(long id) {
        return query("SELECT " + COLUMNS + " FROM shipment WHERE id = ?", id).stream().findFirst();
    }

    public Optional<Shipment> findByReference(String reference) {
        return query("SELECT " + COLUMNS + " FROM shipment WHERE reference = ? COLLATE NOCASE", reference.trim())
                .stream().findFirst();
    }

    /** Every container type, retired ones included (a shipment keeps the type it was planned with). */
    public List<ContainerType> containerTypes() {
        return new ContainerTypeRepository(db).all();
    }

    public Optional<ContainerType> containerType(String code) {
        return containerTypes().stream().filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
    }

    /**
     * Moves the shipment to a status and writes the audit entry in the same transaction, so a reopening is never
     * saved without its reason.
     */
    public void changeStatus(long id, ShipmentStatus status, String user, String auditAction, String auditDetails) {
        db.write(c -> {
            String reference;
            try (PreparedStatement ps = c.prepareStatement("SELECT reference FROM shipment WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("No shipment with id " + id);
                    }
                    reference = rs.getString(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE shipment SET status = ?, "
                    + RecordVersions.STAMP + " WHERE id = ?")) {
                ps.setString(1, status.code());
                RecordVersions.bindStamp(ps, 2, db);
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            new AuditRepository(db).append(user, auditAction, "shipment", reference, auditDetails);
            return null;
        });
    }

    public Optional<String> partnerRemarks(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT partner_remarks FROM shipment WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Packages per shipment id, and how many of them are loaded; shipments without packages are absent. */
    public Map<Long, PackageCounts> packageCounts() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT shipment_id, count(*),"
                    + " sum(CASE WHEN status = 'loaded' THEN 1 ELSE 0 END) FROM parcel"
                    + " WHERE shipment_id IS NOT NULL GROUP BY shipment_id");
                 ResultSet rs = ps.executeQuery()) {
                Map<Long, PackageCounts> result = new LinkedHashMap<>();
                while (rs.next()) {
                    result.put(rs.getLong(1), new PackageCounts(rs.getInt(2), rs.getInt(3)));
                }
                return result;
            }
        });
    }

    private List<Shipment> query(String sql, Object... parameters) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Sql.bind(ps, parameters);
                List<Shipment> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(map(rs));
                    }
                }
                return result;
            }
        });
    }

    private static void bind(PreparedStatement ps, Shipment s) throws SQLException {
        ps.setString(1, s.reference());
        ps.setString(2, s.countryCode());
        ps.setString(3, s.consignee());
        ps.setString(4, s.consigneeAddress());
        ps.setString(5, s.notifyParty());
        ps.setString(6, s.portOfLoading());
        ps.setString(7, s.portOfDischarge());
        ps.setString(8, s.finalDestination());
        ps.setString(9, s.vessel());
        ps.setString(10, s.voyage());
        ps.setString(11, s.billOfLading());
        Sql.setDate(ps, 12, s.etd());
        Sql.setDate(ps, 13, s.eta());
        ps.setString(14, s.incoterm());
        ps.setString(15, s.incotermPlace());
        ps.setString(16, s.currency());
        ps.setString(17, s.documentLanguages().stream().map(Language::code).collect(Collectors.joining(";")));
        ps.setString(18, s.containerTypeCode());
        ps.setString(19, s.containerNumber());
        ps.setString(20, s.sealNumber());
        ps.setString(21, s.status().code());
    }

    static Shipment map(ResultSet rs) throws SQLException {
        List<Language> languages = CountryRepository.languages(rs.getString("document_languages"));
        return new Shipment(rs.getLong("id"), rs.getString("reference"), rs.getString("country_code"),
                rs.getString("consignee"), rs.getString("consignee_address"), rs.getString("notify_party"),
                rs.getString("port_of_loading"), rs.getString("port_of_discharge"),
                rs.getString("final_destination"), rs.getString("vessel"), rs.getString("voyage"),
                rs.getString("bill_of_lading"), Sql.getDate(rs, "etd"), Sql.getDate(rs, "eta"),
                rs.getString("incoterm"), rs.getString("incoterm_place"), rs.getString("currency"), languages,
                rs.getString("container_type"), rs.getString("container_number"), rs.getString("seal_number"),
                Sql.getEnum(rs, "status", ShipmentStatus.class));
    }

    /**
     * Locks the shipment's row until the surrounding transaction ends, so that what is decided on its contents (is
     * there room left in the container, is this package loaded yet) holds: stations changing one shipment at once
     * take turns. SQLite's write transaction holds the whole file already.
     */
    public void lockForChange(long shipmentId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM shipment WHERE id = ?"
                    + db.dialect().forUpdate())) {
                ps.setLong(1, shipmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * What changes when anything a screen shows about the shipment changes (docs/decisions/0012): one indexed read,
     * cheap enough to ask every second.
     */
    public ShipmentMarker marker(long shipmentId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce((SELECT version FROM shipment"
                    + " WHERE id = ?), -1), count(*), coalesce(sum(version), 0), coalesce(max(id), 0)"
                    + " FROM parcel WHERE shipment_id = ?")) {
                ps.setLong(1, shipmentId);
                ps.setLong(2, shipmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new ShipmentMarker(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                }
            }
        });
    }

    /** The first package loaded moves a shipment still in planning or packing to loading. */
    public void markLoadingStarted(long shipmentId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE shipment SET status = 'loading', "
                    + RecordVersions.STAMP + " WHERE id = ? AND status IN ('planning', 'packing')")) {
                RecordVersions.bindStamp(ps, 1, db);
                ps.setLong(3, shipmentId);
                return ps.executeUpdate();
            }
        });
    }

    /** What the partner reported on arrival about the shipment as a whole. */
    public void setPartnerRemarks(long shipmentId, String remarks) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE shipment SET partner_remarks = ?, "
                    + RecordVersions.STAMP + " WHERE id = ?")) {
                ps.setString(1, remarks);
                RecordVersions.bindStamp(ps, 2, db);
                ps.setLong(4, shipmentId);
                return ps.executeUpdate();
            }
        });
    }
}
