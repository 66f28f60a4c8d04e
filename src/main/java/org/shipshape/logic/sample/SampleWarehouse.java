package org.shipshape.logic.sample;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.shipshape.logic.io.CsvTable;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.CodedEnum;
import org.shipshape.model.common.Decimals;
import org.shipshape.model.common.Language;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.intake.TestRecord;
import org.shipshape.model.intake.TestResult;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.settings.Organisation;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.db.Database;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.logic.intake.ItemStatusChanges;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.settings.SettingsRepository;
import org.shipshape.store.loading.LoadRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * Loads the sample warehouse from the CSV files of {@code sample-data/} (bundled in the jar) into an empty
 * database, in one transaction: the organisation, donors, donated items, shipments, their packages with
 * content lines, and the loading so far. A cancelled or failed load leaves the database as it was.
 *
 * <p>What the files do not say is decided here, the same way every time: a content line that matches an
 * in-stock item exactly (category, description, condition, quantity) is linked to it and the item becomes
 * packed; packages of a shipment in planning stay open, those of a packing shipment are sealed except the last
 * few, and the first two thirds of a loading shipment's packages are loaded, in file order (loose pieces first).
 */
public final class SampleWarehouse {
    /** The shipments whose packages are in {@code packages-<reference>.csv}, in load order. */
    static final String SHIPMENTS = "shipments.csv";
    private static final int OPEN_PACKAGES_WHILE_PACKING = 4;
    private static final String PACKED_BY = "Sample volunteers";
    private static final Duration LOADING_DAY_AFTER_PACKING = Duration.ofDays(20);

    private SampleWarehouse() {
    }

    /**
     * Loads the sample warehouse.
     *
     * @throws UserInputException when the database already holds donors, items, packages or shipments
     * @throws org.shipshape.logic.task.CancelledException when cancelled; nothing was saved
     */
    public static void load(Workspace workspace, Progress progress) {
        Contents contents = Contents.read();
        Database db = workspace.database();
        db.write(c -> {
            if (!workspace.counts().isEmpty()) {
                throw new UserInputException(Message.of("sample.refused.notEmpty"));
            }
            new Loader(workspace, contents, progress).run();
            return null;
        });
    }

    /** The bundled files, parsed before the transaction starts. */
    private record Contents(Organisation organisation, SampleCsv donors, SampleCsv items, SampleCsv shipments,
                            Map<String, SampleCsv> packages) {
        static Contents read() {
            SampleCsv shipments = SampleCsv.read(SHIPMENTS);
            Map<String, SampleCsv> packages = new LinkedHashMap<>();
            for (CsvTable.Row row : shipments.rows()) {
                String reference = shipments.text(row, "reference");
                packages.put(reference, SampleCsv.read("packages-" + reference + ".csv"));
            }
            return new Contents(organisation(SampleCsv.read("organisation.csv")), SampleCsv.read("donors.csv"),
                    SampleCsv.read("items.csv"), shipments, packages);
        }

        long rowCount() {
            return donors.size() + items.size() + shipments.size()
                    + packages.values().stream().mapToLong(SampleCsv::size).sum();
        }

        private static Organisation organisation(SampleCsv csv) {
            Map<String, String> values = new HashMap<>();
            for (CsvTable.Row row : csv.rows()) {
                values.put(csv.text(row, "key"), Optional.ofNullable(csv.optional(row, "value")).orElse(""));
            }
            Organisation defaults = Organisation.unnamed();
            return new Organisation(values.getOrDefault("name", defaults.name()),
                    values.getOrDefault("address", defaults.address()),
                    values.getOrDefault("phone", defaults.phone()), values.getOrDefault("email", defaults.email()),
                    values.getOrDefault("contact", defaults.contact()),
                    values.getOrDefault("signatory_name", defaults.signatoryName()),
                    values.getOrDefault("signatory_title", defaults.signatoryTitle()),
                    values.getOrDefault("default_currency", defaults.defaultCurrency()),
                    values.getOrDefault("country_of_origin", defaults.countryOfOrigin()));
        }
    }

    /** An item still free to be linked to a content line. */
    private record StockItem(long id, long categoryId, String description, Condition condition, BigDecimal quantity) {
        boolean matches(ContentLine line) {
            return categoryId == line.categoryId() && description.equals(line.description())
                    && condition == line.condition() && quantity.compareTo(line.quantity()) == 0;
        }
    }

    /** One load, inside the caller's transaction. */
    private static final class Loader {
        private final Workspace workspace;
        private final Contents contents;
        private final Progress progress;
        private final long total;
        private long done;
        private final Map<String, Category> categories = new HashMap<>();
        private final Map<String, Long> donorIds = new HashMap<>();
        private final List<StockItem> stock = new ArrayList<>();
        private final List<Long> packedItems = new ArrayList<>();

        Loader(Workspace workspace, Contents contents, Progress progress) {
            this.workspace = workspace;
            this.contents = contents;
            this.progress = progress;
            this.total = contents.rowCount();
            Database db = workspace.database();
            new CategoryRepository(db).findAll().forEach(c -> categories.put(c.name(), c));
        }

        void run() {
            Database db = workspace.database();
            new SettingsRepository(db).saveOrganisation(contents.organisation());
            loadDonors(new DonorRepository(db));
            loadItems(new ItemRepository(db));
            for (CsvTable.Row row : contents.shipments().rows()) {
                Shipment shipment = shipment(contents.shipments(), row);
                long shipmentId = new ShipmentRepository(db).insert(shipment);
                step(Message.of("sample.progress.shipment", shipment.reference()));
                loadPackages(shipment.withId(shipmentId), contents.packages().get(shipment.reference()));
            }
            new ItemStatusChanges(db).markPacked(packedItems);
            new AuditRepository(db).append(workspace.user(), "load-sample", "warehouse", null,
                    "Sample warehouse loaded: " + contents.donors().size() + " donors, " + contents.items().size()
                            + " items, " + contents.shipments().size() + " shipments");
            progress.report(total, total, Message.of("sample.progress.done"));
        }

        private void loadDonors(DonorRepository donors) {
            SampleCsv csv = contents.donors();
            for (CsvTable.Row row : csv.rows()) {
                Donor donor = new Donor(0, csv.text(row, "name"), csv.code(row, "kind", DonorKind.class),
                        csv.optional(row, "email"), csv.optional(row, "phone"), csv.optional(row, "address"),
                        csv.optional(row, "notes"));
                donorIds.put(donor.name(), donors.insert(donor));
                step(Message.of("sample.progress.donors"));
            }
        }

        private void loadItems(ItemRepository items) {
            SampleCsv csv = contents.items();
            for (CsvTable.Row row : csv.rows()) {
                String donorName = csv.text(row, "donor");
                Long donorId = donorIds.get(donorName);
                if (donorId == null) {
                    throw csv.bad(row, "donor", "\"" + donorName + "\" is not in donors.csv");
                }
                Category category = category(csv, row);
                LocalDate testedOn = csv.date(row, "tested_on");
                TestRecord test = testedOn == null ? null : new TestRecord(testedOn, csv.text(row, "tested_by"),
                        csv.code(row, "test_result", TestResult.class), null);
                DonatedItem item = new DonatedItem(0, donorId, category.id(), csv.text(row, "description"),
                        csv.decimal(row, "quantity"), csv.text(row, "unit"), csv.code(row, "condition", Condition.class),
                        Decimals.money(positive(csv, row, "unit_value")), csv.text(row, "currency"),
                        Decimals.kg(positive(csv, row, "unit_kg")), csv.date(row, "received_on"),
                        csv.optional(row, "location"), ItemStatus.IN_STOCK, test);
                long id = items.insert(item);
                stock.add(new StockItem(id, item.categoryId(), item.description(), item.condition(), item.quantity()));
                step(Message.of("sample.progress.items"));
            }
        }

        private void loadPackages(Shipment shipment, SampleCsv csv) {
            Map<String, List<CsvTable.Row>> byPackage = new LinkedHashMap<>();
            for (CsvTable.Row row : csv.rows()) {
                byPackage.computeIfAbsent(csv.text(row, "package"), k -> new ArrayList<>()).add(row);
            }
            Database db = workspace.database();
            PackageRepository packages = new PackageRepository(db);
            LoadRepository loads = new LoadRepository(db);
            int count = byPackage.size();
            int index = 0;
            Instant packedAt = startOfDay(Optional.ofNullable(shipment.etd()).orElse(LocalDate.of(2026, 1, 15))
                    .minusDays(21));
            for (Map.Entry<String, List<CsvTable.Row>> entry : byPackage.entrySet()) {
                progress.checkCancelled();
                List<CsvTable.Row> rows = entry.getValue();
                CsvTable.Row first = rows.get(0);
                PackageStatus status = initialStatus(shipment.status(), index, count);
                Instant at = packedAt.plusSeconds(index * 600L);
                Package pkg = new Package(0, entry.getKey(), csv.code(first, "kind", PackageKind.class),
                        shipment.id(), null, new Dimensions(csv.integer(first, "length_cm"),
                        csv.integer(first, "width_cm"), csv.integer(first, "height_cm")),
                        Decimals.kg(positive(csv, first, "gross_kg")), marks(csv, first),
                        status == PackageStatus.LOADED ? PackageStatus.SEALED : status,
                        status == PackageStatus.OPEN ? null : PACKED_BY, status == PackageStatus.OPEN ? null : at);
                List<ContentLine> lines = new ArrayList<>();
                for (CsvTable.Row row : rows) {
                    lines.add(linkToStock(line(csv, row)));
                    step(Message.of("sample.progress.packages", shipment.reference()));
                }
                long packageId = packages.insert(pkg, lines);
                if (status == PackageStatus.LOADED) {
                    loads.load(shipment.id(), packageId, packedAt.plus(LOADING_DAY_AFTER_PACKING)
                            .plusSeconds(index * 90L), PACKED_BY);
                }
                index++;
            }
        }

        private static PackageStatus initialStatus(ShipmentStatus shipmentStatus, int index, int count) {
            return switch (shipmentStatus) {
                case PLANNING -> PackageStatus.OPEN;
                case PACKING -> index >= count - OPEN_PACKAGES_WHILE_PACKING ? PackageStatus.OPEN : PackageStatus.SEALED;
                case LOADING -> index < count * 2 / 3 ? PackageStatus.LOADED : PackageStatus.SEALED;
                default -> PackageStatus.LOADED;
            };
        }

        private ContentLine line(SampleCsv csv, CsvTable.Row row) {
            Category category = category(csv, row);
            return new ContentLine(0, 0, 0, category.id(), csv.text(row, "description"), csv.decimal(row, "quantity"),
                    csv.text(row, "unit"), csv.code(row, "condition", Condition.class),
                    Decimals.money(positive(csv, row, "value")), Decimals.kg(positive(csv, row, "net_kg")),
                    Optional.ofNullable(csv.optional(row, "hs_code"))
                            .orElse(category.hsCode() == null ? null : category.hsCode().value()), null);
        }

        /** Links the line to the first unlinked item it was taken from whole, if there is one. */
        private ContentLine linkToStock(ContentLine line) {
            for (int i = 0; i < stock.size(); i++) {
                StockItem item = stock.get(i);
                if (item.matches(line)) {
                    stock.remove(i);
                    packedItems.add(item.id());
                    return new ContentLine(line.id(), line.packageId(), line.lineNo(), line.categoryId(),
                            line.description(), line.quantity(), line.unit(), line.condition(), line.value(),
                            line.netKg(), line.hsCode(), item.id());
                }
            }
            return line;
        }

        private Category category(SampleCsv csv, CsvTable.Row row) {
            String name = csv.text(row, "category");
            Category category = categories.get(name);
            if (category == null) {
                throw csv.bad(row, "category", "\"" + name + "\" is not a seeded category");
            }
            return category;
        }

        private static Set<HandlingMark> marks(SampleCsv csv, CsvTable.Row row) {
            String text = csv.optional(row, "marks");
            if (text == null) {
                return Set.of();
            }
            return Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(code -> CodedEnum.fromCode(HandlingMark.class, code).orElseThrow(() -> csv.bad(row, "marks",
                            "\"" + code + "\" is not one of " + CodedEnum.codes(HandlingMark.class))))
                    .collect(Collectors.toSet());
        }

        private static BigDecimal positive(SampleCsv csv, CsvTable.Row row, String column) {
            BigDecimal value = csv.decimal(row, column);
            if (value.signum() <= 0) {
                throw csv.bad(row, column, "must be more than 0 (a donation still has a customs value)");
            }
            return value;
        }

        private static Shipment shipment(SampleCsv csv, CsvTable.Row row) {
            List<Language> languages = Arrays.stream(Optional.ofNullable(csv.optional(row, "document_languages"))
                            .orElse("").split(";"))
                    .map(Language::fromCode).flatMap(Optional::stream).toList();
            return new Shipment(0, csv.text(row, "reference"), csv.text(row, "country_code"),
                    csv.text(row, "consignee"), csv.optional(row, "consignee_address"),
                    csv.optional(row, "notify_party"), csv.optional(row, "port_of_loading"),
                    csv.optional(row, "port_of_discharge"), csv.optional(row, "final_destination"),
                    csv.optional(row, "vessel"), csv.optional(row, "voyage"), csv.optional(row, "bill_of_lading"),
                    csv.date(row, "etd"), csv.date(row, "eta"), csv.optional(row, "incoterm"),
                    csv.optional(row, "incoterm_place"), csv.text(row, "currency"), languages,
                    csv.optional(row, "container_type"), csv.optional(row, "container_number"),
                    csv.optional(row, "seal_number"), csv.code(row, "status", ShipmentStatus.class));
        }

        private static Instant startOfDay(LocalDate date) {
            return date.atTime(9, 0).toInstant(ZoneOffset.UTC);
        }

        private void step(Message message) {
            progress.checkCancelled();
            done++;
            if (done % 25 == 0 || done == total) {
                progress.report(done, total, message);
            }
        }
    }
}
