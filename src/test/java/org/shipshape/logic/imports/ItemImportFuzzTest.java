package org.shipshape.logic.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.WarehouseCounts;

/**
 * The item import writes every row of a valid file or nothing at all, whatever the file holds: generated files
 * with the right header and cells drawn from valid values, near misses and garbage.
 */
class ItemImportFuzzTest {
    private static final String HEADER =
            "donor,received_on,category,description,quantity,unit,condition,unit_value,currency,unit_kg,location";
    private static final List<String> CELLS = List.of("", "Ana Popescu", "Église Saint-Paul", "Kitchenware, stainless steel",
            "Books", "Bicycles", "Kitchenwear", "12", "3,5", "1 200,50", "-4", "0", "abc", "2026-03-14", "14/03/2026",
            "31/02/2026", "new", "used-good", "for-parts", "broken", "pcs", "kg", "EUR", "\"quoted, with comma\"",
            "\"multi\nline\"", "=cmd|' /C calc'!A0", "Մանկական", "Детская", "ملابس", "🧸", "\"\"\"\"", ";");
    private static Path folder;
    private static Workspace workspace;

    @BeforeContainer
    static void openDatabase() throws IOException {
        folder = Files.createTempDirectory("item-import-fuzz");
        workspace = Workspace.open(folder.resolve("fuzz.db"), false, "Fuzz");
    }

    @AfterContainer
    static void closeDatabase() {
        workspace.close();
    }

    @Provide
    Arbitrary<String> itemFiles() {
        Arbitrary<String> garbage = Arbitraries.of(CELLS).list().ofMinSize(0).ofMaxSize(13)
                .map(cells -> String.join(",", cells));
        Arbitrary<String> nearlyValid = Arbitraries.of(CELLS).map(odd -> String.join(",", "Ana Popescu",
                "14/03/2026", "Books", odd.isEmpty() ? "children's books" : odd, "12", "pcs", "used-good", "3.5",
                "EUR", "0.4", "Bay 2"));
        Arbitrary<String> row = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, garbage), net.jqwik.api.Tuple.of(3, nearlyValid));
        return row.list().ofMaxSize(6).map(rows -> HEADER + "\n" + String.join("\n", rows) + "\n");
    }

    @Property(tries = 1000)
    void aFileIsImportedWholeOrNotAtAll(@ForAll("itemFiles") String content) {
        Path file = write(content);
        WarehouseCounts before = workspace.counts();
        ItemImport importer = new ItemImport(workspace);
        ImportPreview<ImportedItem> preview;
        try {
            preview = importer.preview(file, Progress.NONE);
        } catch (UserInputException rejected) {
            Statistics.collect("rejected on reading");
            assertThat(workspace.counts()).isEqualTo(before);
            return;
        }
        if (!preview.isValid()) {
            Statistics.collect("rejected with row problems");
            assertThatThrownBy(() -> importer.write(preview, true, Progress.NONE))
                    .isInstanceOf(UserInputException.class);
            assertThat(workspace.counts()).isEqualTo(before);
            return;
        }
        Statistics.collect(preview.dataRows() == 0 ? "valid, no rows" : "imported");
        ImportResult result = importer.write(preview, true, Progress.NONE);
        assertThat(workspace.counts().items()).isEqualTo(before.items() + preview.dataRows());
        assertThat(result.written()).isEqualTo(preview.dataRows());
    }

    private static Path write(String content) {
        try {
            Path file = Files.createTempFile(folder, "items", ".csv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
