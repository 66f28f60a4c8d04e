package org.shipshape.logic.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Decimals;
import org.shipshape.model.common.Language;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.model.intake.HandlingFlag;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.intake.TestRecord;
import org.shipshape.model.intake.TestResult;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.db.Database;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.logic.intake.ItemStatusChanges;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.loading.LoadRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * A synthetic warehouse for speed measurements: the same seed and size always give the same data. It is written
 * in one transaction with batched inserts, so a cancelled run leaves the database empty.
 */
public final class LargeWarehouse {
    /**
     * How much to generate.
     *
     * @param linesPerPackage the average number of content lines per package; bales and loose pieces have one,
     *                        so boxes get a few more
     */
    public record Size(int donors, int items, int shipments, int packagesPerShipment, int linesPerPackage) {
        /** What issue 2 asks for: 100,000 items, 5 shipments of 1,500 packages with about 8 lines each. */
        public static final Size FULL = new Size(2_000, 100_000, 5, 1_500, 8);
        /** A tenth of it, for quick benchmark runs. */
        public static final Size TENTH = new Size(200, 10_000, 5, 150, 8);

        public Size {
            if (donors < 1 || items < 1 || shipments < 1 || shipments > COUNTRIES.length || packagesPerShipment < 1
                    || linesPerPackage < 1) {
                throw new IllegalArgumentException("Every part of a warehouse size must be at least 1 (and at most "
                        + COUNTRIES.length + " shipments): " + this);
            }
        }

        @Override
        public String toString() {
            return String.format("%,d items, %,d donors, %d x %,d packages", items, donors, shipments,
                    packagesPerShipment);
        }
    }

    private static final String[][] COUNTRIES = {
        {"ML", "MLI", "fr", "Dakar (SNDKR)", "Bamako, Mali", "Lycée technique de Ségou"},
        {"MD", "MDA", "ro", "Constanța (ROCND)", "Chișinău, Moldova", "Centrul comunitar Bălți"},
        {"AM", "ARM", "hy;ru", "Poti (GEPTI)", "Yerevan, Armenia", "Vanadzor Family Centre"},
        {"BJ", "BEN", "fr", "Cotonou (BJCOO)", "Parakou, Bénin", "Centre de santé de Parakou"},
        {"ML", "MLJ", "fr", "Abidjan (CIABJ)", "Sikasso, Mali", "École communautaire de Sikasso"},
    };
    private static final ShipmentStatus[] STATUSES = {
        ShipmentStatus.LOADING, ShipmentStatus.PACKING, ShipmentStatus.PACKING, ShipmentStatus.PLANNING,
        ShipmentStatus.SEALED,
    };
    private static final String[] FIRST_NAMES = {"Marie", "Jean", "Sophie", "Ahmed", "Lucie", "Thomas", "Nadia",
        "Paul", "Isabelle", "Karim", "Élodie", "François", "Amélie", "Olivier", "Fatou", "Luc", "Chloé", "Yann"};
    private static final String[] LAST_NAMES = {"Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Simon",
        "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Diallo"};
    private static final String[] ADJECTIVES = {"used, sorted", "used, good", "new, boxed", "assorted", "mixed sizes",
        "used, checked", "donated set"};
    private static final int ITEM_CHUNK = 5_000;
    private static final LocalDate FIRST_INTAKE = LocalDate.of(2025, 1, 6);

    private LargeWarehouse() {
    }

    /**
     * Generates the warehouse into an empty database.
     *
     * @throws UserInputException when the database is not empty
     */
    public static void generate(Workspace workspace, Size size, long seed, Progress progress) {
        Database db = workspace.database();
        db.write(c -> {
            if (!workspace.counts().isEmpty()) {
                throw new UserInputException(Message.of("sample.refused.largeNotEmpty"));
            }
            new Generator(db, size, new SplittableRandom(seed), progress).run();
            return null;
        });
    }

    private static final class Generator {
        private final Database db;
        private final Size size;
        private final SplittableRandom random;
        private final Progress progress;
        private final List<Category> categories;
        private final long total;
        private long done;

        Generator(Database db, Size size, SplittableRandom random, Progress progress) {
            this.db = db;
            this.size = size;
            this.random = random;
            this.progress = progress;
            this.categories = new CategoryRepository(db).findAll();
            this.total = (long) size.donors() + size.items() + (long) size.shipments() * size.packagesPerShipment();
        }

        void run() {
            List<Long> donorIds = donors();
            List<DonatedItem> items = items(donorIds);
            List<Long> itemIds = new ItemRepository(db).idsInOrder();
            List<Long> packed = new ArrayList<>();
            for (int s = 0; s < size.shipments(); s++) {
                shipment(s, items, itemIds, packed);
            }
            new ItemStatusChanges(db).markPacked(packed);
            progress.report(total, total, Message.of("sample.progress.largeDone"));
        }

        private List<Long> donors() {
            DonorRepository donors = new DonorRepository(db);
            DonorKind[] kinds = DonorKind.values();
            List<Long> ids = new ArrayList<>(size.donors());
            for (int i = 0; i < size.donors(); i++) {
                boolean person = random.nextInt(4) > 0;
                String name = person
                        ? pick(FIRST_NAMES) + " " + pick(LAST_NAMES) + " " + (i + 1)
                        : "Donor group " + (i + 1);
                DonorKind kind = person ? DonorKind.INDIVIDUAL : kinds[random.nextInt(kinds.length)];
                ids.add(donors.insert(new Donor(0, name, kind, "donor" + (i + 1) + "@example.org",
                        "+33 6 " + (10_000_000 + random.nextInt(89_999_999)), (i % 120 + 1) + " rue de Lyon",
                        null)));
                step(Message.of("sample.progress.donors"));
            }
            return ids;
        }

        private List<DonatedItem> items(List<Long> donorIds) {
            ItemRepository repository = new ItemRepository(db);
            List<DonatedItem> all = new ArrayList<>(size.items());
            List<DonatedItem> chunk = new ArrayList<>(ITEM_CHUNK);
            for (int i = 0; i < size.items(); i++) {
                Category category = pick(categories);
                Condition condition = condition();
                LocalDate received = FIRST_INTAKE.plusDays(random.nextInt(400));
                BigDecimal unitKg = category.defaultUnitKg() == null ? BigDecimal.ONE : category.defaultUnitKg();
                TestRecord test = category.has(HandlingFlag.NEEDS_TEST)
                        ? new TestRecord(received.plusDays(3), "Tester " + (1 + random.nextInt(5)), TestResult.WORKING,
                        null) : null;
                boolean single = unitKg.compareTo(BigDecimal.TEN) >= 0;
                DonatedItem item = new DonatedItem(0, donorIds.get(random.nextInt(donorIds.size())), category.id(),
                        category.name().toLowerCase(java.util.Locale.ROOT) + ", " + pick(ADJECTIVES),
                        BigDecimal.valueOf(single ? 1 : 1 + random.nextInt(60)), category.defaultUnit(), condition,
                        unitValue(unitKg), "EUR", unitKg, received,
                        (char) ('A' + random.nextInt(8)) + "-" + (1 + random.nextInt(40)), ItemStatus.IN_STOCK, test);
                all.add(item);
                chunk.add(item);
                if (chunk.size() == ITEM_CHUNK) {
                    repository.insertAll(chunk, null);
                    chunk.clear();
                }
                step(Message.of("sample.progress.items"));
            }
            repository.insertAll(chunk, null);
            return all;
        }

        private void shipment(int index, List<DonatedItem> items, List<Long> itemIds, List<Long> packed) {
            String[] country = COUNTRIES[index];
            ShipmentStatus status = STATUSES[index];
            LocalDate etd = LocalDate.of(2026, 3, 2).plusWeeks(3L * index);
            String reference = country[1] + "-2026-" + String.format("%02d", 90 + index);
            Shipment shipment = new Shipment(0, reference, country[0], country[5], null, "Forwarder " + (index + 1),
                    "Fos-sur-Mer (FRFOS)", country[3], country[4], null, null, null, etd, etd.plusDays(16), "CFR",
                    country[3], "EUR", Language.fromCode(country[2].split(";")[0]).stream().toList(),
                    index % 2 == 0 ? "40HC" : "40GP", null, null, status);
            long shipmentId = new ShipmentRepository(db).insert(shipment);
            PackageRepository packages = new PackageRepository(db);
            LoadRepository loads = new LoadRepository(db);
            Instant packedAt = etd.minusDays(30).atTime(9, 0).toInstant(ZoneOffset.UTC);
            int linked = packed.size();
            for (int p = 0; p < size.packagesPerShipment(); p++) {
                boolean loaded = status == ShipmentStatus.SEALED
                        || status == ShipmentStatus.LOADING && p < size.packagesPerShipment() / 2;
                PackageStatus packageStatus = status == ShipmentStatus.PLANNING && p % 3 == 0 ? PackageStatus.OPEN
                        : PackageStatus.SEALED;
                int roll = random.nextInt(100);
                PackageKind kind = roll < 85 ? PackageKind.BOX : roll < 95 ? PackageKind.BALE : PackageKind.PIECE;
                List<ContentLine> lines = new ArrayList<>();
                // boxes average linesPerPackage + 1 so that with the single-line bales and pieces (15 %) the
                // average package has about linesPerPackage lines
                int lineCount = kind == PackageKind.BOX ? Math.max(1, size.linesPerPackage() - 1 + random.nextInt(5))
                        : 1;
                for (int l = 0; l < lineCount; l++) {
                    if (l == 0 && p % 4 == 0 && linked < items.size()) {
                        DonatedItem item = items.get(linked);
                        long itemId = itemIds.get(linked++);
                        packed.add(itemId);
                        lines.add(lineFrom(item, itemId));
                    } else {
                        lines.add(line(kind == PackageKind.BALE));
                    }
                }
                BigDecimal net = lines.stream().map(ContentLine::netKg).reduce(BigDecimal.ZERO, BigDecimal::add);
                Instant at = packedAt.plus(Duration.ofMinutes(5L * p));
                Package pkg = new Package(0, String.format("%s%d-%05d", country[1], index, p + 1), kind, shipmentId,
                        null, dimensions(kind), Decimals.kg(net.add(BigDecimal.ONE)), marks(kind, net),
                        packageStatus, packageStatus == PackageStatus.OPEN ? null : "Volunteer " + (1 + p % 12),
                        packageStatus == PackageStatus.OPEN ? null : at);
                long packageId = packages.insert(pkg, lines);
                if (loaded) {
                    loads.load(shipmentId, packageId, at.plus(Duration.ofDays(25)), "Volunteer " + (1 + p % 12));
                }
                step(Message.of("sample.progress.packages", reference));
            }
        }

        private ContentLine lineFrom(DonatedItem item, long itemId) {
            BigDecimal netKg = item.unitKg().multiply(item.quantity());
            return new ContentLine(0, 0, 0, item.categoryId(), item.description(), item.quantity(), item.unit(),
                    item.condition(), Decimals.money(item.totalValue()), Decimals.kg(netKg), hsCode(item.categoryId()),
                    itemId);
        }

        private ContentLine line(boolean bale) {
            Category category = bale ? categories.stream().filter(c -> "kg".equals(c.defaultUnit())).findFirst()
                    .orElse(categories.get(0)) : pick(categories);
            BigDecimal unitKg = category.defaultUnitKg() == null ? BigDecimal.ONE : category.defaultUnitKg();
            int maxQuantity = Math.max(1, BigDecimal.valueOf(4).divide(unitKg, 0, RoundingMode.DOWN).intValue());
            BigDecimal quantity = BigDecimal.valueOf(bale ? 40 + random.nextInt(20) : 1 + random.nextInt(maxQuantity));
            return new ContentLine(0, 0, 0, category.id(), category.name() + ", " + pick(ADJECTIVES), quantity,
                    category.defaultUnit(), condition(), Decimals.money(unitValue(unitKg).multiply(quantity)),
                    Decimals.kg(unitKg.multiply(quantity)), category.hsCode() == null ? null
                    : category.hsCode().value(), null);
        }

        private String hsCode(long categoryId) {
            return categories.stream().filter(c -> c.id() == categoryId).findFirst()
                    .map(c -> c.hsCode() == null ? null : c.hsCode().value()).orElse(null);
        }

        private Dimensions dimensions(PackageKind kind) {
            return switch (kind) {
                case BALE -> new Dimensions(80, 50, 50);
                case PIECE -> new Dimensions(60 + random.nextInt(140), 30 + random.nextInt(60), 40 + random.nextInt(110));
                default -> List.of(new Dimensions(40, 30, 30), new Dimensions(60, 40, 40), new Dimensions(80, 60, 50),
                        new Dimensions(50, 40, 25)).get(random.nextInt(4));
            };
        }

        private static EnumSet<HandlingMark> marks(PackageKind kind, BigDecimal netKg) {
            EnumSet<HandlingMark> marks = EnumSet.noneOf(HandlingMark.class);
            if (kind == PackageKind.PIECE) {
                marks.add(HandlingMark.DO_NOT_STACK);
            }
            if (netKg.compareTo(BigDecimal.valueOf(25)) > 0) {
                marks.add(HandlingMark.HEAVY);
            }
            return marks;
        }

        /** Never zero: a donation still has a customs value. */
        private BigDecimal unitValue(BigDecimal unitKg) {
            BigDecimal perKg = BigDecimal.valueOf(50 + random.nextInt(450), 2);
            return Decimals.money(perKg.multiply(unitKg).max(new BigDecimal("0.10")));
        }

        private Condition condition() {
            int roll = random.nextInt(100);
            return roll < 15 ? Condition.NEW : roll < 75 ? Condition.USED_GOOD : roll < 97 ? Condition.USED_FAIR
                    : Condition.FOR_PARTS;
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private void step(Message message) {
            done++;
            if (done % 100 == 0) {
                progress.checkCancelled();
                progress.report(done, total, message);
            }
        }
    }
}
