package org.shipshape.logic.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.text.Texts;

/** How an imported file's rows are read: numbers, trimming, quotes closed or not, progress. */
class CsvSourceTest {
    @Test
    void rowsAreNumberedAsRecordsWithTheHeaderAsOneAndEmptyLinesSkipped() {
        List<CsvTable.Row> rows = rows("name;qty\r\n\r\n  Towels  ;\" 3 \"\r\n\r\n\"two\nlines\";4\r\n;\r\n");
        assertThat(rows).containsExactly(new CsvTable.Row(2, List.of("Towels", "3")),
                new CsvTable.Row(3, List.of("two\nlines", "4")));
    }

    @Test
    void spacesAfterAClosingQuoteAreTrimmedAway() {
        assertThat(rows("a,b\n\"x\"  ,\"y\" \n\n")).containsExactly(new CsvTable.Row(2, List.of("x", "y")));
    }

    /** A quote opened in the last column and never closed would swallow the rest of the file: refused, naming the row. */
    @Test
    void aQuoteNeverClosedIsRefusedNamingTheRowItOpensIn() {
        assertThat(refusal("open.csv", "a,b\n1,2\n\n3,\"Shelf 4\n5,6\n7,8\n"))
                .startsWith("open.csv: row 3 could not be read as CSV (")
                .endsWith("); check that its quotes are closed and that nothing but spaces follows a closing quote,"
                        + " then save the file again.");
    }

    @Test
    void textAfterAClosingQuoteIsRefusedNamingTheRow() {
        assertThat(refusal("after.csv", "a,b\n\"ab\"cd,2\n")).startsWith("after.csv: row 2 could not be read");
    }

    /** Hand-written files put spaces around quoted values; the quotes still hold the separator. */
    @Test
    void aQuotedValueWithSpacesAroundItKeepsItsSeparator() {
        assertThat(rows("a,b,c\n1, \"Books, new\" ,2\n")).containsExactly(new CsvTable.Row(2, List.of("1",
                "Books, new", "2")));
    }

    @Test
    void aFileEndingInAClosedQuoteIsRead() {
        assertThat(rows("a,b\n1,\"say \"\"hi\"\"\"")).containsExactly(new CsvTable.Row(2, List.of("1",
                "say \"hi\"")));
    }

    @Test
    void theReadPositionReachesTheEndForProgress() {
        String text = "a,b\n" + "1,2\n".repeat(50_000);
        CsvSource source = CsvSource.of("long.csv", text.getBytes(StandardCharsets.UTF_8));
        List<Long> positions = new ArrayList<>();
        source.forEachRow(row -> {
            if (row.number() % 10_000 == 0) {
                positions.add(source.position());
            }
        });
        assertThat(positions).hasSize(5).isSorted();
        assertThat(positions.get(0)).isPositive();
        assertThat(source.position()).isEqualTo(source.approximateLength());
    }

    private static String refusal(String fileName, String text) {
        CsvSource source = CsvSource.of(fileName, text.getBytes(StandardCharsets.UTF_8));
        UserInputException refused = org.junit.jupiter.api.Assertions.assertThrows(UserInputException.class,
                () -> source.forEachRow(row -> { }));
        assertThat(refused.messages()).hasSize(1);
        return Texts.english(refused.messages()).get(0);
    }

    private static List<CsvTable.Row> rows(String text) {
        List<CsvTable.Row> rows = new ArrayList<>();
        CsvSource.of("t.csv", text.getBytes(StandardCharsets.UTF_8)).forEachRow(rows::add);
        return rows;
    }
}
