package org.shipshape.store.customs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.CustomsData;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.model.customs.ItemTest;
import org.shipshape.model.customs.PackageContents;
import org.shipshape.model.customs.PhraseBook;
import org.shipshape.model.common.Severity;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.TestRecord;
import org.shipshape.model.intake.TestResult;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Package;
import org.shipshape.model.loading.LoadRecord;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.db.Database;
import org.shipshape.store.db.Sql;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.settings.SettingsRepository;
import org.shipshape.store.loading.LoadRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * Reads everything a shipment's customs documents need in one go, while holding the database, so every document
 * of a pack is printed from the same state. Never reads donor data: customs documents must not show it.
 */
public final class CustomsDataRepository {
    private static final String LINES_OF_SHIPMENT = "SELECT cl.id, cl.parcel_id, cl.line_no, cl.category_id,"
            + " cl.description, cl.quantity, cl.unit, cl.condition, cl.value_minor, cl.net_g, cl.hs_code, cl.item_id"
            + " FROM content_line cl JOIN parcel p ON p.id = cl.parcel_id WHERE p.shipment_id = ?"
            + " ORDER BY cl.parcel_id, cl.line_no";
    private final Database db;

    public CustomsDataRepository(Database db) {
        this.db = db;
    }

    /** The shipment's document data, or empty when no shipment has that reference (ignoring case). */
    public Optional<CustomsData> load(String shipmentReference) {
        return db.read(c -> {
            Optional<Shipment> found = new ShipmentRepository(db).findByReference(shipmentReference);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Shipment shipment = found.get();
            List<Package> shipmentPackages = new PackageRepository(db).findByShipment(shipment.id());
            Map<Long, List<ContentLine>> lines = linesOf(c, shipment.id());
            List<PackageContents> packages = new ArrayList<>(shipmentPackages.size());
            for (Package pkg : shipmentPackages) {
                packages.add(new PackageContents(pkg, lines.getOrDefault(pkg.id(), List.of())));
            }
            CategoryRepository categoryRepository = new CategoryRepository(db);
            Map<Long, Category> categories = new HashMap<>();
            lines.values().stream().flatMap(List::stream).map(ContentLine::categoryId).distinct()
                    .forEach(id -> categoryRepository.findById(id).ifPresent(cat -> categories.put(id, cat)));
            List<Long> loaded = new LoadRepository(db).loadsOf(shipment.id()).stream()
                    .map(LoadRecord::packageId).toList();
            return Optional.of(new CustomsData(shipment, new SettingsRepository(db).organisation(),
                    shipment.containerTypeCode() == null ? null
                            : new ShipmentRepository(db).containerType(shipment.containerTypeCode()).orElse(null),
                    packages, categories, itemTests(c, shipment.id()), loaded, phrases(c),
                    DestinationRuleRepository.forCountry(c, shipment.countryCode()), countryLanguages(c, shipment.countryCode())));
        });
    }

    /** References of all shipments, for choosers. */
    public List<String> shipmentReferences() {
        return new ShipmentRepository(db).findAll().stream().map(Shipment::reference).toList();
    }

    /** Every phrase in every language; English is the fallback. */
    public PhraseBook phrases() {
        return db.read(CustomsDataRepository::phrases);
    }

    private static Map<Long, List<ContentLine>> linesOf(Connection c, long shipmentId) throws SQLException {
        Map<Long, List<ContentLine>> result = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(LINES_OF_SHIPMENT)) {
            ps.setLong(1, shipmentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ContentLine line = new ContentLine(rs.getLong("id"), rs.getLong("parcel_id"),
                            rs.getInt("line_no"), rs.getLong("category_id"), rs.getString("description"),
                            Sql.getDecimal(rs, "quantity"), rs.getString("unit"),
                            Sql.getEnum(rs, "condition", Condition.class), Sql.getMoney(rs, "value_minor"),
                            Sql.getKg(rs, "net_g"), rs.getString("hs_code"), Sql.getNullableLong(rs, "item_id"));
                    result.computeIfAbsent(line.packageId(), id -> new ArrayList<>()).add(line);
                }
            }
        }
        return result;
    }

    /** Only the item's description and test fields: never its donor. */
    private static Map<Long, ItemTest> itemTests(Connection c, long shipmentId) throws SQLException {
        Map<Long, ItemTest> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT di.id, di.description, di.tested_on, di.tested_by,"
                + " di.test_result, di.test_notes FROM donated_item di WHERE di.id IN (SELECT cl.item_id"
                + " FROM content_line cl JOIN parcel p ON p.id = cl.parcel_id WHERE p.shipment_id = ?)")) {
            ps.setLong(1, shipmentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TestResult outcome = Sql.getEnum(rs, "test_result", TestResult.class);
                    TestRecord test = outcome == null || rs.getString("tested_on") == null ? null
                            : new TestRecord(Sql.getDate(rs, "tested_on"),
                                    String.valueOf(rs.getString("tested_by")), outcome, rs.getString("test_notes"));
                    result.put(rs.getLong("id"), new ItemTest(rs.getLong("id"), rs.getString("description"), test));
                }
            }
        }
        return result;
    }

    private static PhraseBook phrases(Connection c) throws SQLException {
        Map<String, Map<Language, String>> texts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, language, text FROM phrase");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString("key");
                String text = rs.getString("text");
                Language.fromCode(rs.getString("language")).ifPresent(language ->
                        texts.computeIfAbsent(key, k -> new EnumMap<>(Language.class)).put(language, text));
            }
        }
        return new PhraseBook(texts);
    }

    private static List<Language> countryLanguages(Connection c, String countryCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT document_languages FROM country WHERE code = ? COLLATE NOCASE")) {
            ps.setString(1, countryCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return List.of();
                }
                return Arrays.stream(rs.getString(1).split(";")).map(Language::fromCode)
                        .flatMap(Optional::stream).toList();
            }
        }
    }
}
