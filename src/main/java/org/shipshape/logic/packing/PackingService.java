package org.shipshape.logic.packing;

import org.shipshape.store.packing.BoxSizeRepository;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.logic.intake.ItemStatusChanges;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.store.customs.DestinationRuleRepository;
import org.shipshape.store.db.Database;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Decimals;
import org.shipshape.model.common.Message;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.store.packing.BoxSizeRepository;
import org.shipshape.store.customs.DestinationRuleRepository;
import org.shipshape.store.db.Database;
import org.shipshape.logic.intake.ItemStatusChanges;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.settings.SettingsRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * The packing station's use cases: open or create a package, describe its contents, weigh, measure, mark,
 * put it on a pallet, seal and reopen it, and the bulk work (many empty boxes, copies of a box). Every change
 * that touches more than one row is one transaction; a sealed package refuses changes until reopened.
 */
public final class PackingService {
    public static final String MAX_PACKAGE_KG = "packages.max_package_kg";
    public static final String DEFAULT_VALUE_PER_UNIT = "packages.default_value_per_unit";
    private static final BigDecimal DEFAULT_MAX_KG = BigDecimal.valueOf(25);
    private static final BigDecimal FALLBACK_VALUE_PER_UNIT = new BigDecimal("1.00");
    private static final String WAREHOUSE_PREFIX = "WH";
    private static final int MAX_BULK = 2000;

    private final Workspace workspace;
    private final Database db;
    private final PackageRepository packages;
    private final BoxSizeRepository boxSizes;
    private final DestinationRuleRepository destinationRules;
    private final ItemStatusChanges itemStatus;
    private final ShipmentRepository shipments;
    private final CategoryRepository categories;
    private final ItemRepository items;
    private final SettingsRepository settings;
    private final AuditRepository audit;
    private volatile Map<Long, Category> categoryCache;

    public PackingService(Workspace workspace) {
        this.workspace = workspace;
        this.db = workspace.database();
        this.packages = new PackageRepository(db);
        this.boxSizes = new BoxSizeRepository(db);
        this.destinationRules = new DestinationRuleRepository(db);
        this.itemStatus = new ItemStatusChanges(db);
        this.shipments = new ShipmentRepository(db);
        this.categories = new CategoryRepository(db);
        this.items = new ItemRepository(db);
        this.settings = new SettingsRepository(db);
        this.audit = new AuditRepository(db);
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** The package with this number (as scanned or typed, case ignored), or empty when it does not exist. */
    public Optional<PackageDetails> open(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return packages.findByNumber(number.trim()).map(this::details);
    }

    public PackageDetails details(long packageId) {
        return details(packages.findById(packageId).orElseThrow(
                () -> new UserInputException(Message.of("packing.refused.packageGone"))));
    }

    private PackageDetails details(Package pkg) {
        Shipment shipment = pkg.shipmentId() == null ? null : shipments.findById(pkg.shipmentId()).orElse(null);
        List<Package> children = pkg.kind() == PackageKind.PALLET ? packages.childrenOf(pkg.id()) : List.of();
        return new PackageDetails(pkg, packages.linesOf(pkg.id()), shipment, children);
    }

    public List<Shipment> shipments() {
        return shipments.findAll();
    }

    public List<BoxSize> boxSizes() {
        return boxSizes.boxSizes();
    }

    public List<Category> categories() {
        return List.copyOf(categoryMap().values());
    }

    private Map<Long, Category> categoryMap() {
        Map<Long, Category> cached = categoryCache;
        if (cached == null) {
            cached = categories.findAll().stream().collect(Collectors.toMap(Category::id, Function.identity(),
                    (a, b) -> a, LinkedHashMap::new));
            categoryCache = cached;
        }
        return cached;
    }

    /** Category by exact name, else the only one whose name starts with or contains the text. */
    public Optional<Category> findCategory(String text) {
        return matchCategory(categories(), text);
    }

    /** Among these categories: the one named exactly, else the only one whose name starts with or contains the text. */
    public static Optional<Category> matchCategory(List<Category> all, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        Optional<Category> exact = all.stream().filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Category> starting = all.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).startsWith(wanted))
                .toList();
        if (starting.size() == 1) {
            return Optional.of(starting.get(0));
        }
        List<Category> containing = all.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
        return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
    }

    public BigDecimal maxPackageKg() {
        return decimalSetting(MAX_PACKAGE_KG).orElse(DEFAULT_MAX_KG);
    }

    /** A positive number from the settings table; a missing or unreadable value gives empty (the default). */
    private Optional<BigDecimal> decimalSetting(String key) {
        return settings.get(key).flatMap(text -> {
            try {
                return org.shipshape.logic.io.LenientParsing.decimal(text);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }).filter(v -> v.signum() > 0);
    }

    public List<DestinationRule> rulesFor(Shipment shipment) {
        return shipment == null ? List.of() : destinationRules.forCountry(shipment.countryCode());
    }

    /** Warnings for the package as stored, with the weight as currently typed. */
    public List<PackingWarning> warnings(PackageDetails details, BigDecimal typedGrossKg) {
        return PackingWarnings.check(details.pkg().kind(), typedGrossKg, details.lines(),
                rulesFor(details.shipment()), categoryMap(), maxPackageKg());
    }

    /** The packing list of a shipment (or of warehouse stock when shipmentId is null), in number order. */
    public List<PackingListRow> packingList(Long shipmentId) {
        List<Package> list = shipmentId == null ? packages.warehousePackages() : packages.findByShipment(shipmentId);
        Map<Long, List<ContentLine>> lines = shipmentId == null ? Map.of() : packages.linesOfShipment(shipmentId);
        Map<Long, String> numbers = list.stream().collect(Collectors.toMap(Package::id, Package::number));
        List<PackingListRow> rows = new ArrayList<>(list.size());
        int position = 1;
        for (Package p : list) {
            List<ContentLine> own = shipmentId == null ? packages.linesOf(p.id()) : lines.getOrDefault(p.id(), List.of());
            BigDecimal count = own.stream().map(ContentLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            String parentNumber = p.parentId() == null ? null
                    : numbers.getOrDefault(p.parentId(), packages.findById(p.parentId()).map(Package::number).orElse(""));
            rows.add(new PackingListRow(position++, p.number(), p.kind(), p.status(), own.size(), count,
                    p.grossKg(), ContentSummary.english(own), parentNumber));
        }
        return rows;
    }

    // ---- creating -----------------------------------------------------------------------------------------

    /**
     * The next free number for a shipment ({@code MLI-0142}, prefix from the first part of the shipment
     * reference) or for warehouse stock ({@code WH-00001}). A number is never handed out twice.
     */
    public String takeNextNumber(Long shipmentId) {
        Shipment shipment = shipmentId == null ? null : requireShipment(shipmentId);
        return db.inTransaction(() -> nextFreeNumber(shipment));
    }

    private String nextFreeNumber(Shipment shipment) {
        String prefix = shipment == null ? WAREHOUSE_PREFIX : prefixOf(shipment.reference());
        String format = shipment == null ? "%s-%05d" : "%s-%04d";
        while (true) {
            String number = String.format(Locale.ROOT, format, prefix, packages.takeNextNumber(prefix));
            if (packages.findByNumber(number).isEmpty()) {
                return number;
            }
        }
    }

    /** "MLI-2026-01" gives "MLI"; ASCII letters and digits only (see {@link PackageNumbers}), upper case. */
    static String prefixOf(String reference) {
        String first = reference.trim().split("[-/_ ]", 2)[0].replaceAll("[^A-Za-z0-9]", "");
        return first.isEmpty() ? "PKG" : first.toUpperCase(Locale.ROOT);
    }

    /** A new, empty, open package with the next number. */
    public PackageDetails newPackage(Long shipmentId, PackageKind kind, BoxSize size) {
        Shipment shipment = shipmentId == null ? null : requireShipment(shipmentId);
        long id = db.inTransaction(() -> {
            String number = nextFreeNumber(shipment);
            long created = packages.insert(emptyPackage(number, kind, shipmentId,
                    size == null ? null : size.dimensions()), List.of());
            audit.append(workspace.user(), "create", "parcel", number, null);
            return created;
        });
        return details(id);
    }

    /** A new package under a number that was scanned or typed but does not exist yet. */
    public PackageDetails createWithNumber(String number, PackageKind kind, Long shipmentId) {
        String clean = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
        PackageNumbers.problem(clean).ifPresent(problem -> {
            throw new UserInputException(Message.of("packing.number.atEntry", problem));
        });
        if (packages.findByNumber(clean).isPresent()) {
            throw new UserInputException(Message.of("packing.refused.numberUsed", clean));
        }
        if (shipmentId != null) {
            requireShipment(shipmentId);
        }
        long id = packages.insert(emptyPackage(clean, kind, shipmentId, null), List.of());
        return details(id);
    }

    private static Package emptyPackage(String number, PackageKind kind, Long shipmentId, Dimensions dimensions) {
        return new Package(0, number, kind == null ? PackageKind.BOX : kind, shipmentId, null, dimensions, null,
                Set.of(), PackageStatus.OPEN, null, null);
    }

    /** Creates {@code count} empty open boxes for a shipment in one transaction; returns their numbers. */
    public List<String> createEmptyPackages(Long shipmentId, int count, PackageKind kind, BoxSize size) {
        requireBulkCount(count, "packing.field.boxCount");
        Shipment shipment = shipmentId == null ? null : requireShipment(shipmentId);
        return db.inTransaction(() -> {
            List<String> numbers = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String number = nextFreeNumber(shipment);
                packages.insert(emptyPackage(number, kind, shipmentId, size == null ? null : size.dimensions()),
                        List.of());
                numbers.add(number);
            }
            audit.append(workspace.user(), "create-empty", "parcel", numbers.get(0),
                    count + " empty packages " + numbers.get(0) + " to " + numbers.get(numbers.size() - 1));
            return numbers;
        });
    }

    /**
     * Makes {@code times} copies of a package under new numbers: same kind, shipment, size, weight, marks and
     * lines, but lines are not linked to donated items (the stock was taken once). Copies are open.
     */
    public List<String> copyPackage(long packageId, int times) {
        requireBulkCount(times, "packing.field.copyCount");
        PackageDetails original = details(packageId);
        Package p = original.pkg();
        if (p.kind() == PackageKind.PALLET) {
            throw new UserInputException(Message.of("packing.refused.copyPallet", p.number()));
        }
        Shipment shipment = original.shipment();
        List<ContentLine> lines = original.lines().stream().map(l -> new ContentLine(0, 0, 0, l.categoryId(),
                l.description(), l.quantity(), l.unit(), l.condition(), l.value(), l.netKg(), l.hsCode(), null))
                .toList();
        return db.inTransaction(() -> {
            List<String> numbers = new ArrayList<>(times);
            for (int i = 0; i < times; i++) {
                String number = nextFreeNumber(shipment);
                packages.insert(new Package(0, number, p.kind(), p.shipmentId(), null, p.dimensions(), p.grossKg(),
                        p.marks(), PackageStatus.OPEN, null, null), lines);
                numbers.add(number);
            }
            audit.append(workspace.user(), "copy", "parcel", p.number(), times + " copies: " + numbers.get(0)
                    + " to " + numbers.get(numbers.size() - 1));
            return numbers;
        });
    }

    private static void requireBulkCount(int count, String fieldKey) {
        if (count < 1 || count > MAX_BULK) {
            throw new UserInputException(Message.of("packing.refused.bulkCount", Message.of(fieldKey), count,
                    MAX_BULK));
        }
    }

    // ---- changing one package -----------------------------------------------------------------------------

    public PackageDetails setKind(long packageId, PackageKind kind) {
        return change(packageId, p -> {
            if (p.kind() == PackageKind.PALLET && kind != PackageKind.PALLET && !packages.childrenOf(p.id()).isEmpty()) {
                throw new UserInputException(Message.of("packing.refused.palletNotEmpty", p.number()));
            }
            return with(p, kind, p.shipmentId(), p.parentId(), p.dimensions(), p.grossKg(), p.marks());
        });
    }

    public PackageDetails setDimensions(long packageId, Dimensions dimensions) {
        return change(packageId, p -> with(p, p.kind(), p.shipmentId(), p.parentId(), dimensions, p.grossKg(),
                p.marks()));
    }

    /** Reads "60x40x40", "60 x 40 x 40 cm" or a box size code such as "M". */
    public Dimensions parseDimensions(String text) {
        String t = text == null ? "" : text.trim();
        for (BoxSize size : boxSizes()) {
            if (size.code().equalsIgnoreCase(t) || size.name().equalsIgnoreCase(t)) {
                return size.dimensions();
            }
        }
        String[] parts = t.toLowerCase(Locale.ROOT).replace("cm", "").split("\\s*[x×*]\\s*");
        if (parts.length == 3) {
            try {
                int l = Integer.parseInt(parts[0].trim());
                int w = Integer.parseInt(parts[1].trim());
                int h = Integer.parseInt(parts[2].trim());
                if (l > 0 && w > 0 && h > 0) {
                    return new Dimensions(l, w, h);
                }
            } catch (NumberFormatException e) {
                // reported below with the accepted forms
            }
        }
        throw new UserInputException(Message.of("packing.refused.badSize", t,
                boxSizes().stream().map(BoxSize::code).collect(Collectors.joining(", "))));
    }

    /** Sets the gross weight; null clears it. Zero or negative weights are refused. */
    public PackageDetails setGrossWeight(long packageId, BigDecimal grossKg) {
        if (grossKg != null && grossKg.signum() <= 0) {
            throw new UserInputException(Message.of("packing.refused.weightNotPositive", grossKg));
        }
        return change(packageId, p -> with(p, p.kind(), p.shipmentId(), p.parentId(), p.dimensions(),
                Decimals.kg(grossKg), p.marks()));
    }

    public PackageDetails setMarks(long packageId, Set<HandlingMark> marks) {
        return change(packageId, p -> with(p, p.kind(), p.shipmentId(), p.parentId(), p.dimensions(), p.grossKg(),
                marks.isEmpty() ? Set.of() : EnumSet.copyOf(marks)));
    }

    /** Moves an open package to another shipment, or to warehouse stock when shipmentId is null. */
    public PackageDetails assignShipment(long packageId, Long shipmentId) {
        if (shipmentId != null) {
            requireShipment(shipmentId);
        }
        return change(packageId, p -> with(p, p.kind(), shipmentId, p.parentId(), p.dimensions(), p.grossKg(),
                p.marks()));
    }

    /**
     * Puts a package on a pallet (or takes it off when palletNumber is blank). Only pallets hold packages;
     * a pallet cannot hold itself nor a pallet that (directly or indirectly) holds it.
     */
    public PackageDetails putOnPallet(long packageId, String palletNumber) {
        return change(packageId, p -> {
            if (palletNumber == null || palletNumber.isBlank()) {
                return with(p, p.kind(), p.shipmentId(), null, p.dimensions(), p.grossKg(), p.marks());
            }
            Package pallet = packages.findByNumber(palletNumber.trim()).orElseThrow(() -> new UserInputException(
                    Message.of("packing.refused.unknownPallet", palletNumber.trim())));
            if (pallet.kind() != PackageKind.PALLET) {
                throw new UserInputException(Message.of("packing.refused.notAPallet", pallet.number(), pallet.kind()));
            }
            if (pallet.id() == p.id()) {
                throw new UserInputException(Message.of("packing.refused.palletOnItself", p.number()));
            }
            for (Long up = pallet.parentId(); up != null; ) {
                if (up == p.id()) {
                    throw new UserInputException(Message.of("packing.refused.palletCycle", pallet.number(),
                            p.number()));
                }
                up = packages.findById(up).map(Package::parentId).orElse(null);
            }
            if (pallet.isSealed()) {
                throw new UserInputException(Message.of("packing.refused.palletSealed", pallet.number()));
            }
            return with(p, p.kind(), p.shipmentId(), pallet.id(), p.dimensions(), p.grossKg(), p.marks());
        });
    }

    /**
     * Adds a line described by category ("Books, 40 pcs"): description, unit, HS code and net weight from the
     * category; value as typed or the default value per unit times the count.
     */
    public PackageDetails addCategoryLine(long packageId, long categoryId, BigDecimal count, Condition condition,
                                          BigDecimal typedValue) {
        Category category = Optional.ofNullable(categoryMap().get(categoryId)).or(() -> categories.findById(categoryId))
                .orElseThrow(() -> new UserInputException(Message.of("packing.refused.categoryGone")));
        requirePositive(count, Message.of("packing.field.countFor", category.name()));
        if (typedValue != null && typedValue.signum() < 0) {
            throw new UserInputException(Message.of("packing.refused.negativeValue", category.name()));
        }
        BigDecimal value = typedValue != null ? Decimals.money(typedValue)
                : Decimals.money(defaultValuePerUnit().multiply(count));
        BigDecimal net = category.defaultUnitKg() == null ? null : positiveOrNull(Decimals.kg(
                category.defaultUnitKg().multiply(count)));
        ContentLine line = new ContentLine(0, packageId, 0, category.id(), category.name(), count,
                category.defaultUnit(), condition == null ? Condition.USED_GOOD : condition, value, net,
                category.hsCode() == null ? null : category.hsCode().value(), null);
        return db.inTransaction(() -> {
            requireOpen(packageId);
            packages.addLines(packageId, List.of(line));
            return details(packageId);
        });
    }

    /**
     * Takes a quantity of a donated item from stock into the package: the line keeps the link to the item,
     * the item's available quantity goes down, and it is marked packed when nothing is left.
     */
    public PackageDetails takeFromStock(long packageId, long itemId, BigDecimal quantity) {
        requirePositive(quantity, Message.of("packing.field.quantityOfItem", itemId));
        return db.inTransaction(() -> {
            requireOpen(packageId);
            DonatedItem item = items.findById(itemId).orElseThrow(() -> new UserInputException(
                    Message.of("packing.refused.unknownItem", itemId)));
            if (item.status() == ItemStatus.SHIPPED || item.status() == ItemStatus.DISPOSED) {
                throw new UserInputException(Message.of("packing.refused.itemGone", itemId, item.status()));
            }
            BigDecimal available = item.quantity().subtract(packages.packedQuantityOf(itemId));
            if (quantity.compareTo(available) > 0) {
                throw new UserInputException(Message.of("packing.refused.notEnoughStock", itemId, item.description(),
                        available, item.unit(), quantity));
            }
            Category category = categoryMap().get(item.categoryId());
            BigDecimal net = item.unitKg() == null ? null : positiveOrNull(Decimals.kg(item.unitKg().multiply(quantity)));
            packages.addLines(packageId, List.of(new ContentLine(0, packageId, 0, item.categoryId(), item.description(),
                    quantity, item.unit(), item.condition(), Decimals.money(item.unitValue().multiply(quantity)), net,
                    category == null || category.hsCode() == null ? null : category.hsCode().value(), itemId)));
            if (quantity.compareTo(available) == 0) {
                itemStatus.markPacked(List.of(itemId));
            }
            return details(packageId);
        });
    }

    /** How much of a donated item is still in stock (its quantity minus what lines already took). */
    public BigDecimal availableQuantity(long itemId) {
        DonatedItem item = items.findById(itemId).orElseThrow(() -> new UserInputException(
                Message.of("packing.refused.unknownItem", itemId)));
        return item.quantity().subtract(packages.packedQuantityOf(itemId));
    }

    /** Removes a line; goods taken from stock go back to stock. */
    public PackageDetails removeLine(long packageId, long lineId) {
        return db.inTransaction(() -> {
            requireOpen(packageId);
            ContentLine line = packages.linesOf(packageId).stream().filter(l -> l.id() == lineId).findFirst()
                    .orElseThrow(() -> new UserInputException(Message.of("packing.refused.lineGone")));
            packages.deleteLine(packageId, lineId);
            if (line.itemId() != null) {
                itemStatus.returnToStock(line.itemId());
            }
            return details(packageId);
        });
    }

    /**
     * Seals the package: it needs a gross weight and its dimensions; a message names what is missing.
     * The packer and time are recorded.
     */
    public PackageDetails seal(long packageId) {
        return db.inTransaction(() -> {
            Package p = requireOpen(packageId);
            if (p.grossKg() == null || p.dimensions() == null) {
                String missing = p.grossKg() == null && p.dimensions() == null ? "packing.refused.sealNeedsBoth"
                        : p.grossKg() == null ? "packing.refused.sealNeedsWeight" : "packing.refused.sealNeedsSize";
                throw new UserInputException(Message.of(missing, p.number()));
            }
            packages.update(new Package(p.id(), p.number(), p.kind(), p.shipmentId(), p.parentId(), p.dimensions(),
                    p.grossKg(), p.marks(), PackageStatus.SEALED, workspace.user(), Instant.now()));
            audit.append(workspace.user(), "seal", "parcel", p.number(), null);
            return details(packageId);
        });
    }

    /** Reopens a sealed package; the reason goes to the change log in the same transaction. */
    public PackageDetails reopen(long packageId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserInputException(Message.of("packing.refused.reopenNeedsReason"));
        }
        return db.inTransaction(() -> {
            Package p = packages.findById(packageId).orElseThrow(
                    () -> new UserInputException(Message.of("packing.refused.packageGone")));
            if (p.status() == PackageStatus.OPEN) {
                throw new UserInputException(Message.of("packing.refused.alreadyOpen", p.number()));
            }
            if (p.status() == PackageStatus.LOADED) {
                throw new UserInputException(Message.of("packing.refused.reopenLoaded", p.number()));
            }
            packages.update(p.withStatus(PackageStatus.OPEN));
            audit.append(workspace.user(), "reopen", "parcel", p.number(), reason.trim());
            return details(packageId);
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private PackageDetails change(long packageId, Function<Package, Package> edit) {
        return db.inTransaction(() -> {
            Package changed = edit.apply(requireOpen(packageId));
            packages.update(changed);
            audit.append(workspace.user(), "edit", "parcel", changed.number(), null);
            return details(packageId);
        });
    }

    private Package requireOpen(long packageId) {
        Package p = packages.findById(packageId).orElseThrow(
                () -> new UserInputException(Message.of("packing.refused.packageGone")));
        if (!p.status().acceptsChanges()) {
            throw new UserInputException(Message.of("packing.refused.notOpen", p.number(), p.status()));
        }
        return p;
    }

    private static Package with(Package p, PackageKind kind, Long shipmentId, Long parentId, Dimensions dimensions,
                               BigDecimal grossKg, Set<HandlingMark> marks) {
        return new Package(p.id(), p.number(), kind, shipmentId, parentId, dimensions, grossKg, marks, p.status(),
                p.packedBy(), p.packedAt());
    }

    private Shipment requireShipment(long shipmentId) {
        return shipments.findById(shipmentId).orElseThrow(
                () -> new UserInputException(Message.of("packing.refused.shipmentGone")));
    }

    private BigDecimal defaultValuePerUnit() {
        return decimalSetting(DEFAULT_VALUE_PER_UNIT).orElse(FALLBACK_VALUE_PER_UNIT);
    }

    private static void requirePositive(BigDecimal value, Message field) {
        if (value == null) {
            throw new UserInputException(Message.of("packing.refused.noNumber", field));
        }
        if (value.signum() <= 0) {
            throw new UserInputException(Message.of("packing.refused.notPositive", field, value));
        }
    }

    private static BigDecimal positiveOrNull(BigDecimal kg) {
        return kg == null || kg.signum() <= 0 ? null : kg;
    }
}
