package org.shipshape.logic.io;

import org.shipshape.logic.text.Texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.shipshape.logic.task.UserInputException;

/**
 * Hostile CSV input (10,000+ generated files): reading either gives a table whose rows, cells and problem texts
 * all work, or rejects the file with {@link UserInputException} sentences that name it. No other exception
 * escapes; every cell goes through the lenient number and date readers, which only reject with a message.
 */
class CsvTableFuzzTest {
    private static final String FILE = "donations.csv";

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return CsvFuzzInputs.randomBytes();
    }

    @Provide
    Arbitrary<byte[]> csvLikeFiles() {
        return CsvFuzzInputs.csvLikeFiles();
    }

    @Property(tries = 4000)
    void randomBytesAreReadOrRejectedPlainly(@ForAll("randomBytes") byte[] bytes) {
        readOrRejectPlainly(bytes);
    }

    @Property(tries = 8000)
    void csvLikeTextIsReadOrRejectedPlainly(@ForAll("csvLikeFiles") byte[] bytes) {
        readOrRejectPlainly(bytes);
    }

    @Test
    void aHugeFileIsReadWithRowNumbersAsTheSpreadsheetShowsThem() {
        StringBuilder text = new StringBuilder("\uFEFFname;quantity;weight_kg\r\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("\"Item ").append(i).append("; with \"\"quotes\"\"\";").append(i).append(";12,5\r\n");
        }
        CsvTable table = CsvTable.parse(FILE, text.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows()).hasSize(100_000);
        CsvTable.Row last = table.rows().get(99_999);
        assertThat(last.number()).isEqualTo(100_001);
        assertThat(table.cell(last, "name")).isEqualTo("Item 99999; with \"quotes\"");
        assertThat(LenientParsing.decimal(table.cell(last, "weight_kg"))).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("12.5"));
    }

    static void readOrRejectPlainly(byte[] bytes) {
        CsvTable table;
        try {
            table = CsvTable.parse(FILE, bytes);
        } catch (UserInputException rejected) {
            assertThat(Texts.english(rejected)).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(FILE + ": "));
            return;
        }
        assertThat(table.header()).isNotEmpty().anySatisfy(h -> assertThat(h).isNotEmpty());
        long previous = 1;
        for (CsvTable.Row row : table.rows()) {
            assertThat(row.number()).isGreaterThan(previous);
            previous = row.number();
            for (String column : table.header()) {
                String cell = table.cell(row, column);
                assertThat(table.problem(row, column, "m")).startsWith(FILE + ":" + row.number() + ": ");
                readLeniently(cell);
            }
        }
    }

    private static void readLeniently(String cell) {
        try {
            LenientParsing.decimal(cell);
        } catch (IllegalArgumentException rejected) {
            assertThat(rejected.getMessage()).contains("is not a number");
        }
        try {
            LenientParsing.date(cell);
        } catch (IllegalArgumentException rejected) {
            assertThat(rejected.getMessage()).contains("is not a date");
        }
    }
}
