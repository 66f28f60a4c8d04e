package org.shipshape.logic.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.WarehouseCounts;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.store.intake.ItemRepository;

/**
 * Generated item and package files whose numbers and dates sit at, just inside and just past every bound of every
 * field (and far past: 1e309, 1e-999999999, twenty digits, NaN), mixed with ordinary values. Each file is imported
 * whole, with every stored number inside its range, or refused with nothing written and every problem in the form
 * {@code FILE:ROW: column: message}.
 *
 * <p>The suite runs 300 files; the full run is a command:
 * {@code ./mvnw -o test -Dtest=ImportNumbersFuzzTest -Dfuzz.files=50000} (docs/RELIABILITY.md has its figure).
 */
class ImportNumbersFuzzTest {
    private static final int FILES = Integer.getInteger("fuzz.files", 300);
    private static final Pattern PROBLEM = Pattern.compile("[^:]+:\\d+: [a-z_]+: .+|[^:]+: .+");
    private static final String ITEM_HEADER = "donor,received_on,category,description,quantity,unit,condition,"
            + "unit_value,currency,unit_kg,location";
    private static final String[] QUANTITY = {"1", "12", "0.001", "0.0005", "0", "-1", "1000000", "1000000.001",
        "999999.999", "1e6", "1e309", "1e17", "12345678901234567890", "1e-999999999", "NaN", "Infinity", "1,5",
        "1.234,5", "", " ", "abc", "0.0", "-0"};
    private static final String[] MONEY = {"0", "0.01", "0.004", "0.005", "10000000", "10000000.01", "9999999.99",
        "1e309", "-1e309", "-0.01", "1 234,56", "1,234.56", "1e-999999999", "3.5", "", "1e7", "1e8", "NaN"};
    private static final String[] KG = {"0.001", "0.0004", "0", "50000", "50000.001", "49999.999", "1e30", "1e309",
        "0.4", "12,5", "", "-2", "1e-999999999", "5e4", "Infinity"};
    private static final String[] CM = {"1", "0", "12.5", "1500", "1501", "1e3", "1e309", "99999999999999999999",
        "60", "-40", "", "40.0"};
    private static final String[] DATES = {"2026-03-14", "1900-01-01", "1899-12-31", "2199-12-31", "2200-01-01",
        "0000-01-01", "+99999-01-01", "31/02/2026", "14/03/2026", "", "2026-13-01"};
    private static final BigDecimal LARGEST_QUANTITY = new BigDecimal("1000000");
    private static final BigDecimal LARGEST_MONEY = new BigDecimal("10000000");
    private static final BigDecimal LARGEST_KG = new BigDecimal("50000");

    @TempDir
    static Path diskFolder;
    private static Path folder;
    private static Workspace workspace;

    /** In memory where the system has it (/dev/shm): every accepted file is a commit, and a disk sync each. */
    @BeforeAll
    static void open() throws Exception {
        Path memory = Path.of("/dev/shm");
        folder = Files.isDirectory(memory) && Files.isWritable(memory)
                ? Files.createTempDirectory(memory, "shipshape-fuzz") : diskFolder;
        workspace = Workspace.open(folder.resolve("fuzz.db"), false, "fuzz");
        new ShippingFixture(workspace).shipment("MLI-2026-07", "40HC");
    }

    @AfterAll
    static void close() throws Exception {
        workspace.close();
        if (!folder.equals(diskFolder)) {
            try (var files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void everyFileIsImportedWithinTheBoundsOrRefusedWholeWithNumberedProblems() throws Exception {
        Random random = new Random(Long.getLong("fuzz.seed", 14));
        int imported = 0;
        for (int file = 0; file < FILES; file++) {
            boolean items = random.nextInt(3) > 0;
            if (items ? itemFile(random, file) : packageFile(random, file)) {
                imported++;
            }
        }
        // both outcomes must occur, or the generator stopped reaching one side of the bounds
        assertThat(imported).isBetween(FILES / 50, FILES - FILES / 50);
    }

    private static String pick(Random random, String[] values) {
        return random.nextInt(4) == 0 ? values[0] : values[random.nextInt(values.length)];
    }

    private boolean itemFile(Random random, int number) throws Exception {
        int rows = 1 + random.nextInt(3);
        StringBuilder csv = new StringBuilder(ITEM_HEADER).append('\n');
        for (int row = 0; row < rows; row++) {
            csv.append("Donor ").append(random.nextInt(20)).append(',').append(quote(pick(random, DATES)))
                    .append(",Books,picture books,").append(quote(pick(random, QUANTITY))).append(",pcs,used-good,")
                    .append(quote(pick(random, MONEY))).append(",EUR,").append(quote(pick(random, KG)))
                    .append(",Bay 2\n");
        }
        Path file = Files.writeString(folder.resolve("items-" + number + ".csv"), csv, StandardCharsets.UTF_8);
        WarehouseCounts before = workspace.counts();
        try {
            ImportResult result = new ItemImport(workspace).run(file, true, Progress.NONE);
            assertThat(result.written()).isEqualTo(rows);
            assertThat(workspace.counts().items()).isEqualTo(before.items() + rows);
            checkStoredItems(rows);
            return true;
        } catch (UserInputException refused) {
            assertRefusedWhole(refused, before, csv);
            return false;
        } finally {
            Files.delete(file);
        }
    }

    private static void checkStoredItems(int rows) {
        ItemRepository repository = new ItemRepository(workspace.database());
        List<Long> ids = repository.idsInOrder();
        for (Long id : ids.subList(ids.size() - rows, ids.size())) {
            DonatedItem item = repository.findById(id).orElseThrow();
            assertThat(item.quantity()).isPositive().isLessThanOrEqualTo(LARGEST_QUANTITY);
            assertThat(item.unitValue()).isNotNegative().isLessThanOrEqualTo(LARGEST_MONEY);
            if (item.unitKg() != null) {
                assertThat(item.unitKg()).isPositive().isLessThanOrEqualTo(LARGEST_KG);
            }
            assertThat(item.receivedOn().getYear()).isBetween(1900, 2199);
        }
    }

    private boolean packageFile(Random random, int number) {
        int lines = 1 + random.nextInt(3);
        StringBuilder csv = new StringBuilder(String.join(",", PackageImport.COLUMNS)).append('\n');
        String cm = pick(random, CM);
        for (int line = 0; line < lines; line++) {
            csv.append("FZ-").append(number).append(",box,").append(quote(cm)).append(",40,40,")
                    .append(quote(pick(random, KG))).append(",,Books,picture books,")
                    .append(quote(pick(random, QUANTITY))).append(",pcs,used-good,").append(quote(pick(random, MONEY)))
                    .append(',').append(quote(pick(random, KG))).append(",\n");
        }
        WarehouseCounts before = workspace.counts();
        try {
            PackageImport.Result result = new PackageImport(workspace).importFile("boxes-" + number + ".csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8), "MLI-2026-07");
            assertThat(result.lines()).isEqualTo(lines);
            assertThat(workspace.counts().packages()).isEqualTo(before.packages() + 1);
            return true;
        } catch (UserInputException refused) {
            assertRefusedWhole(refused, before, csv);
            return false;
        }
    }

    private static void assertRefusedWhole(UserInputException refused, WarehouseCounts before, CharSequence csv) {
        assertThat(workspace.counts()).as("nothing written for\n%s", csv).isEqualTo(before);
        List<String> problems = new ArrayList<>();
        refused.messages().forEach(m -> problems.add(org.shipshape.logic.text.Catalogue.of(
                org.shipshape.model.common.Language.EN).render(m)));
        assertThat(problems).as("problems of\n%s", csv).isNotEmpty().allMatch(p -> PROBLEM.matcher(p).matches());
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains(" ") ? "\"" + cell + "\"" : cell;
    }
}
