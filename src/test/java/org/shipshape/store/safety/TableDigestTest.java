package org.shipshape.store.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical row text behind the migration's checksums (docs/decisions/0013), without a server. */
class TableDigestTest {
    private static String sum(Object[]... rows) {
        TableDigest digest = new TableDigest(List.of("a", "b"));
        for (Object[] row : rows) {
            digest.add(row);
        }
        return digest.finish("t").sha256();
    }

    @Test
    void aNumberIsTheSameWhateverTypeEachDatabaseGivesIt() {
        assertEquals(sum(new Object[] {2.5, 3}), sum(new Object[] {new BigDecimal("2.50"), 3L}));
        assertEquals(sum(new Object[] {3.0, 0}), sum(new Object[] {new BigDecimal("3"), -0.0}));
        assertEquals(sum(new Object[] {0.30000000000000004, 1}),
                sum(new Object[] {new BigDecimal("0.30000000000000004"), 1}));
    }

    @Test
    void aNumberDiffersFromItsTextAndFromANearNumber() {
        assertNotEquals(sum(new Object[] {3, "x"}), sum(new Object[] {"3", "x"}));
        assertNotEquals(sum(new Object[] {0.30000000000000004, 1}), sum(new Object[] {new BigDecimal("0.3"), 1}));
    }

    @Test
    void nullEmptyTextAndEmptyBytesAreThreeValues() {
        String nothing = sum(new Object[] {null, 1});
        String empty = sum(new Object[] {"", 1});
        String noBytes = sum(new Object[] {new byte[0], 1});
        assertNotEquals(nothing, empty);
        assertNotEquals(empty, noBytes);
        assertNotEquals(nothing, noBytes);
    }

    @Test
    void valuesCannotRunIntoTheirNeighbours() {
        assertNotEquals(sum(new Object[] {"ab", "c"}), sum(new Object[] {"a", "bc"}));
    }

    @Test
    void theOrderRowsArriveInDoesNotMatterButEveryRowDoes() {
        Object[] first = {"Ana", 1};
        Object[] second = {"Ben", 2};
        assertEquals(sum(first, second), sum(second, first));
        assertNotEquals(sum(first, second), sum(first, second, second));
        assertNotEquals(sum(first), sum(first, second));
    }

    @Test
    void theCanonicalNumberIsPlainAndWithoutTrailingZeros() {
        assertEquals("2.5", TableDigest.canonicalNumber(new BigDecimal("2.500")));
        assertEquals("100", TableDigest.canonicalNumber(1e2));
        assertEquals("0.00001", TableDigest.canonicalNumber(1e-5));
        assertEquals("0", TableDigest.canonicalNumber(new BigDecimal("0.000")));
    }

    @Test
    void copyTextEscapesWhatCopyWouldReadAsStructure() {
        StringBuilder out = new StringBuilder();
        ServerCopy.copyText(out, "a\tb\\c\nd\re", "text");
        assertEquals("a\\tb\\\\c\\nd\\re", out.toString());
    }

    @Test
    void copyTextWritesEachValueInTheFormItsColumnReads() {
        StringBuilder out = new StringBuilder();
        ServerCopy.copyText(out, null, "text");
        out.append('|');
        ServerCopy.copyText(out, new byte[] {1, (byte) 0xff}, "bytea");
        out.append('|');
        ServerCopy.copyText(out, 0.30000000000000004, "numeric");
        out.append('|');
        ServerCopy.copyText(out, 3.0, "bigint");
        out.append('|');
        ServerCopy.copyText(out, 1e-5, "double precision");
        assertEquals("\\N|\\\\x01ff|0.30000000000000004|3|1.0E-5", out.toString());
    }
}
