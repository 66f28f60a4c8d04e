package org.shipshape.logic.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** A quote opened in the last column and never closed swallows the rest of the file: refused, naming the row. */
    @Test
    void aQuoteNeverClosedIsRefusedNamingTheRowItOpensIn() {
        CsvSource source = CsvSource.of("open.csv", "a,b\n1,2\n3,\"Shelf 4\n5,6\n7,8\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> source.forEachRow(row -> { }))
                .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(Texts.english(e.messages()))
                        .containsExactly("open.csv: the quote opened in row 3 is never closed, so every row after it"
                                + " would be read as one value; close the quote and save the file again."));
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

    private static List<CsvTable.Row> rows(String text) {
        List<CsvTable.Row> rows = new ArrayList<>();
        CsvSource.of("t.csv", text.getBytes(StandardCharsets.UTF_8)).forEachRow(rows::add);
        return rows;
    }
}
