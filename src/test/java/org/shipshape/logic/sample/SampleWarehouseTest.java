package org.shipshape.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.task.CancelAfterReports;
import org.shipshape.logic.task.CancelledException;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.settings.SettingsRepository;
import org.shipshape.store.loading.LoadRepository;
import org.shipshape.store.shipments.ShipmentRepository;

class SampleWarehouseTest {
    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void openEmptyDatabase() {
        workspace = Workspace.open(folder.resolve("t.db"), false, "Test volunteer");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void loadsOneRecordPerRowOfTheBundledFiles() throws IOException {
        SampleWarehouse.load(workspace, Progress.NONE);

        List<CSVRecord> shipments = csv("shipments.csv");
        long packages = 0;
        for (CSVRecord shipment : shipments) {
            packages += csv("packages-" + shipment.get("reference") + ".csv").stream()
                    .map(r -> r.get("package")).distinct().count();
        }
        var counts = workspace.counts();
        assertThat(counts.donors()).isEqualTo(csv("donors.csv").size()).isGreaterThanOrEqualTo(30);
        assertThat(counts.items()).isEqualTo(csv("items.csv").size()).isGreaterThanOrEqualTo(300);
        assertThat(counts.shipments()).isEqualTo(shipments.size());
        assertThat(counts.packages()).isEqualTo(packages).isGreaterThanOrEqualTo(100);
    }

    @Test
    void contentLinesCarryTheValuesAndWeightsOfTheFiles() throws IOException {
        SampleWarehouse.load(workspace, Progress.NONE);

        ShipmentRepository shipments = new ShipmentRepository(workspace.database());
        PackageRepository packages = new PackageRepository(workspace.database());
        for (CSVRecord row : csv("shipments.csv")) {
            String reference = row.get("reference");
            List<CSVRecord> lines = csv("packages-" + reference + ".csv");
            Shipment shipment = shipments.findByReference(reference).orElseThrow();
            List<ContentLine> stored = new ArrayList<>();
            packages.findByShipment(shipment.id()).forEach(p -> stored.addAll(packages.linesOf(p.id())));

            assertThat(stored).hasSize(lines.size());
            assertThat(sum(stored.stream().map(ContentLine::value).toList()))
                    .isEqualByComparingTo(sum(lines.stream().map(r -> new BigDecimal(r.get("value"))).toList()));
            assertThat(sum(stored.stream().map(ContentLine::netKg).toList()))
                    .isEqualByComparingTo(sum(lines.stream().map(r -> new BigDecimal(r.get("net_kg"))).toList()));
            assertThat(stored).allSatisfy(line -> assertThat(line.value()).isPositive());
        }
    }

    @Test
    void setsTheOrganisationFromTheFile() throws IOException {
        SampleWarehouse.load(workspace, Progress.NONE);

        String name = csv("organisation.csv").stream().filter(r -> r.get("key").equals("name")).findFirst()
                .orElseThrow().get("value");
        assertThat(new SettingsRepository(workspace.database()).organisation().name()).isEqualTo(name).isNotBlank();
    }

    @Test
    void theLoadingShipmentHasLoadedPackagesInOrder() {
        SampleWarehouse.load(workspace, Progress.NONE);

        Shipment loading = new ShipmentRepository(workspace.database()).findAll().stream()
                .filter(s -> s.status() == ShipmentStatus.LOADING).findFirst().orElseThrow();
        var loads = new LoadRepository(workspace.database()).loadsOf(loading.id());
        List<Package> loaded = new PackageRepository(workspace.database()).findByShipment(loading.id()).stream()
                .filter(p -> p.status() == PackageStatus.LOADED).toList();
        assertThat(loads).isNotEmpty().hasSize(loaded.size());
        assertThat(loads).extracting(l -> l.sequence()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, loads.size()).boxed().toList());
    }

    @Test
    void linkedItemsArePackedAndContainerNumbersAreValid() {
        SampleWarehouse.load(workspace, Progress.NONE);

        long linkedLines = workspace.database().read(c -> single(c, "SELECT count(*) FROM content_line WHERE item_id IS NOT NULL"));
        long packedItems = workspace.database().read(c -> single(c, "SELECT count(*) FROM donated_item WHERE status = 'packed'"));
        assertThat(linkedLines).isPositive().isEqualTo(packedItems);
        List<String> numbers = new ShipmentRepository(workspace.database()).findAll().stream()
                .map(Shipment::containerNumber).filter(n -> n != null).toList();
        assertThat(numbers).isNotEmpty().allSatisfy(n -> assertThat(iso6346CheckDigit(n.substring(0, 10)))
                .isEqualTo(n.charAt(10) - '0'));
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsData() {
        new DonorRepository(workspace.database()).insert(Donor.named("Someone real", DonorKind.INDIVIDUAL));

        assertThatThrownBy(() -> SampleWarehouse.load(workspace, Progress.NONE))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("empty database");
        assertThat(workspace.counts().donors()).isEqualTo(1);
        assertThat(workspace.counts().items()).isZero();
    }

    @Test
    void aCancelledLoadLeavesTheDatabaseEmpty() {
        Progress cancelHalfWay = new CancelAfterReports(15);

        assertThatThrownBy(() -> SampleWarehouse.load(workspace, cancelHalfWay)).isInstanceOf(CancelledException.class);
        assertThat(workspace.counts().isEmpty()).isTrue();
        assertThat(new SettingsRepository(workspace.database()).organisation().name()).isEmpty();
    }

    @Test
    void reportsProgressUpToTheEnd() {
        List<long[]> updates = new ArrayList<>();
        SampleWarehouse.load(workspace, new Progress() {
            @Override
            public void report(long done, long total, org.shipshape.model.common.Message step) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(updates).hasSizeGreaterThan(5);
        long[] last = updates.get(updates.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
    }

    static int iso6346CheckDigit(String first10) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char ch = first10.charAt(i);
            int value;
            if (Character.isDigit(ch)) {
                value = ch - '0';
            } else {
                value = 10 + (ch - 'A');
                value += value >= 11 ? 1 : 0; // skip multiples of 11: 11, 22, 33
                value += value >= 22 ? 1 : 0;
                value += value >= 33 ? 1 : 0;
            }
            sum += value << i;
        }
        return sum % 11 % 10;
    }

    private static long single(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static List<CSVRecord> csv(String name) throws IOException {
        try (InputStream in = SampleWarehouseTest.class.getResourceAsStream("/org/shipshape/sample/" + name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
