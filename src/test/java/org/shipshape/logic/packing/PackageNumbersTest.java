package org.shipshape.logic.packing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shipshape.logic.labels.LabelData;
import org.shipshape.logic.labels.LabelPdfWriter;
import org.shipshape.logic.labels.LabelService;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.PackageKind;

/** The package-number alphabet, at entry and on labels (issue 14, item 9). */
class PackageNumbersTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"MLI-0142", "WH-00001", "A", "BOX_7.2/B"})
    void lettersDigitsAndDashDotUnderscoreSlashAreNumbers(String number) {
        assertThat(PackageNumbers.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CAFÉ-1", "MLI 0142", "-MLI", "", "Ъ-1", "MLI-0142\u200b"})
    void otherCharactersAreRefused(String number) {
        assertThat(PackageNumbers.problem(number)).isPresent();
    }

    @Test
    void aNumberTypedAtEntryWithAnAccentIsRefusedNamingTheCharacter() {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"), false, "test")) {
            assertThatThrownBy(() -> new PackingService(workspace).createWithNumber("CAFÉ-1", PackageKind.BOX, null))
                    .isInstanceOf(UserInputException.class)
                    .hasMessageContaining("\"CAFÉ-1\" cannot be a package number: it has \"É\"");
        }
    }

    @Test
    void labelsNameThePackageTheyCannotPrintInsteadOfABarcodeError() {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"), false, "test")) {
            LabelData good = new LabelData("MLI-0001", 1, 2, "Mali", "Centre", "MLI-2026-01", List.of("Books 10 pcs"),
                    List.of(), new BigDecimal("12"), null);
            LabelData old = new LabelData("CAFÉ-1", 2, 2, "Mali", "Centre", "MLI-2026-01", List.of("Books 10 pcs"),
                    List.of(), new BigDecimal("12"), null);
            assertThatThrownBy(() -> LabelPdfWriter.write(List.of(good, old), new LabelService(workspace).stock("4x6"),
                    1, new ByteArrayOutputStream(), Progress.NONE))
                    .isInstanceOfSatisfying(UserInputException.class, e -> assertThat(e.getMessage())
                            .contains("\"CAFÉ-1\" cannot be a package number").doesNotContain("ASCII value")
                            .doesNotContain("MLI-0001"));
        }
    }
}
