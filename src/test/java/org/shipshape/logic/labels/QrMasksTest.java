package org.shipshape.logic.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrMasksTest {
    @ParameterizedTest
    @ValueSource(strings = {"MLD-0006", "MLD-0001", "ARM2-00001", "ARM2-01500", "BEN-2026-93-0042", "x",
        "lower case and UTF-8: Kinshasa, Côte d'Ivoire, Ελλάδα",
        "https://example.org/shipments/ARM-2026-92/packages/ARM2-00001?with=a-longer-query&so=the-version-grows",
        "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"})
    void codesAreThoseZxingChoosesByItself(String contents) throws Exception {
        QRCode own = Encoder.encode(contents, QrMasks.LEVEL, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));

        assertThat(VectorBarcodes.qr(contents)).isDeepEqualTo(dark(own.getMatrix()));
    }

    @Test
    void everyMaskIsChosenSomewhereAndAlwaysAsZxingChoosesIt() throws Exception {
        // package numbers of a long run, and longer texts up to version 10 (alignment patterns, version areas)
        List<String> contents = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            contents.add(String.format("MLD-%04d", i));
        }
        for (int length = 20; length <= 200; length += 9) {
            contents.add("Shipment BEN-2026-93 ".repeat(10).substring(0, length));
        }
        boolean[] chosen = new boolean[8];
        for (String text : contents) {
            QRCode own = Encoder.encode(text, QrMasks.LEVEL, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
            chosen[own.getMaskPattern()] = true;

            assertThat(VectorBarcodes.qr(text)).as(text).isDeepEqualTo(dark(own.getMatrix()));
        }
        assertThat(chosen).containsOnly(true);
    }

    @Test
    void formatBitsAreTheStandardsForLevelM() {
        // ISO/IEC 18004 table C.1: level M (00) with masks 0 and 5
        assertThat(QrMasks.formatBits(0)).isEqualTo(0b101010000010010);
        assertThat(QrMasks.formatBits(5)).isEqualTo(0b100000011001110);
    }

    private static boolean[][] dark(ByteMatrix matrix) {
        boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                dark[row][col] = matrix.get(col, row) == 1;
            }
        }
        return dark;
    }
}
