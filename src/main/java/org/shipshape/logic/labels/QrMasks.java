package org.shipshape.logic.labels;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * QR codes with the mask ZXing's encoder would choose, chosen for less work. ZXing lays each code out eight times,
 * once per mask, and scores every layout with the four penalty rules of ISO/IEC 18004 (8.8.2); on a label run that
 * is most of a code's cost. Here ZXing lays the code out once, with mask 0, and the other seven layouts are derived
 * from it: a mask only flips data modules and changes the 15 format bits, so each is that layout with the
 * difference of the two masks flipped on the data modules and its own format bits written. They are scored by the
 * same rules (ZXing's reading of them, ties to the lower mask), so the codes are the ones ZXing makes by itself,
 * module for module (QrMasksTest compares them). The fixed mask tried before made some numbers hard to read.
 */
final class QrMasks {
    static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;
    private static final int MASKS = 8;
    /** Format bits: BCH(15,5) with this generator, then XORed with this pattern (ISO/IEC 18004 Annex C). */
    private static final int FORMAT_GENERATOR = 0x537;
    private static final int FORMAT_XOR = 0x5412;
    /** Where the 15 format bits go next to the top-left finder, bit 0 first, as {column, row}. */
    private static final int[][] FORMAT_TOP_LEFT = {{8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8},
        {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8}};
    /** Finder-like runs in a line, as the last 11 or 15 modules read (first read in the highest bit). */
    private static final int LIGHT_THEN_FINDER = 0b0000_1011101;
    private static final int FINDER_THEN_LIGHT = 0b1011101_0000;
    private static final int LIGHT_FINDER_LIGHT = 0b0000_1011101_0000;
    /** Per version number, the modules each mask flips (see {@link #flips}). */
    private static final AtomicReferenceArray<int[][]> FLIPS = new AtomicReferenceArray<>(41);

    private QrMasks() {
    }

    /** The modules (true = dark, [row][column]) without quiet zone, error correction M. */
    static boolean[][] encode(String contents) {
        QRCode code;
        try {
            code = Encoder.encode(contents, LEVEL, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.QR_MASK_PATTERN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of " + contents + ": " + e.getMessage(), e);
        }
        ByteMatrix matrix = code.getMatrix();
        int size = matrix.getWidth();
        byte[] maskZero = new byte[size * size];
        for (int row = 0; row < size; row++) {
            System.arraycopy(matrix.getArray()[row], 0, maskZero, row * size, size);
        }
        int[][] flips = flips(code.getVersion());
        byte[] best = maskZero;
        int lowest = penalty(maskZero, size);
        for (int mask = 1; mask < MASKS; mask++) {
            byte[] candidate = maskZero.clone();
            for (int at : flips[mask]) {
                candidate[at] ^= 1;
            }
            writeFormat(candidate, size, formatBits(mask));
            int penalty = penalty(candidate, size);
            if (penalty < lowest) {
                lowest = penalty;
                best = candidate;
            }
        }
        boolean[][] dark = new boolean[size][size];
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                dark[row][col] = best[row * size + col] == 1;
            }
        }
        return dark;
    }

    /** The 15 format bits, in both places. */
    private static void writeFormat(byte[] modules, int size, int format) {
        for (int bit = 0; bit < 15; bit++) {
            byte value = (byte) ((format >> bit) & 1);
            modules[FORMAT_TOP_LEFT[bit][1] * size + FORMAT_TOP_LEFT[bit][0]] = value;
            if (bit < 8) {
                modules[8 * size + size - 1 - bit] = value;
            } else {
                modules[(size - 7 + bit - 8) * size + 8] = value;
            }
        }
    }

    /** Whether the mask flips the data module at this row and column (ISO/IEC 18004 table 10). */
    static boolean masked(int mask, int row, int col) {
        int product = row * col;
        return switch (mask) {
            case 0 -> (row + col) % 2 == 0;
            case 1 -> row % 2 == 0;
            case 2 -> col % 3 == 0;
            case 3 -> (row + col) % 3 == 0;
            case 4 -> (row / 2 + col / 3) % 2 == 0;
            case 5 -> product % 2 + product % 3 == 0;
            case 6 -> (product % 2 + product % 3) % 2 == 0;
            case 7 -> ((row + col) % 2 + product % 3) % 2 == 0;
            default -> throw new IllegalArgumentException("No QR mask " + mask);
        };
    }

    /** The 15 format bits of error correction M with this mask, bit 0 the last one of the sequence. */
    static int formatBits(int mask) {
        int data = (LEVEL.getBits() << 3) | mask;
        int remainder = data << 10;
        for (int bit = 14; bit >= 10; bit--) {
            if ((remainder & (1 << bit)) != 0) {
                remainder ^= FORMAT_GENERATOR << (bit - 10);
            }
        }
        return ((data << 10) | remainder) ^ FORMAT_XOR;
    }

    /**
     * Per mask, the data modules (row * size + column) whose colour differs from the layout with mask 0, worked out
     * once per version.
     */
    private static int[][] flips(Version version) {
        int[][] known = FLIPS.get(version.getVersionNumber());
        if (known != null) {
            return known;
        }
        int size = version.getDimensionForVersion();
        boolean[] function = functionModules(version, size);
        int[][] flips = new int[MASKS][];
        for (int mask = 0; mask < MASKS; mask++) {
            int[] differing = new int[size * size];
            int count = 0;
            for (int row = 0; row < size; row++) {
                for (int col = 0; col < size; col++) {
                    if (!function[row * size + col] && masked(0, row, col) != masked(mask, row, col)) {
                        differing[count++] = row * size + col;
                    }
                }
            }
            flips[mask] = Arrays.copyOf(differing, count);
        }
        FLIPS.compareAndSet(version.getVersionNumber(), null, flips);
        return flips;
    }

    /** Finder patterns with their separators and format areas, timing lines, alignment patterns, version areas. */
    private static boolean[] functionModules(Version version, int size) {
        boolean[] function = new boolean[size * size];
        mark(function, size, 0, 0, 9, 9);
        mark(function, size, 0, size - 8, 9, 8);
        mark(function, size, size - 8, 0, 8, 9);
        mark(function, size, 6, 0, 1, size);
        mark(function, size, 0, 6, size, 1);
        int[] centres = version.getAlignmentPatternCenters();
        int last = centres.length - 1;
        for (int i = 0; i < centres.length; i++) {
            for (int j = 0; j < centres.length; j++) {
                boolean onFinder = (i == 0 && (j == 0 || j == last)) || (i == last && j == 0);
                if (!onFinder) {
                    mark(function, size, centres[i] - 2, centres[j] - 2, 5, 5);
                }
            }
        }
        if (version.getVersionNumber() >= 7) {
            mark(function, size, 0, size - 11, 6, 3);
            mark(function, size, size - 11, 0, 3, 6);
        }
        return function;
    }

    private static void mark(boolean[] function, int size, int top, int left, int rows, int cols) {
        for (int row = top; row < top + rows; row++) {
            for (int col = left; col < left + cols; col++) {
                function[row * size + col] = true;
            }
        }
    }

    /**
     * The four penalty rules as ZXing 3.5 scores them: each run of five or more modules of one colour 3, plus 1 per
     * module beyond five; each 2x2 block of one colour 3; each dark-light-dark-dark-dark-light-dark run with four
     * light modules inside the symbol before or after it 40; 10 per 5 % the dark share is away from half. Rows and
     * columns are read in one pass, finder-like runs recognised in the last modules read.
     */
    static int penalty(byte[] modules, int size) {
        int runs = 0;
        int blocks = 0;
        int finderLike = 0;
        int dark = 0;
        for (int i = 0; i < size; i++) {
            int rowRun = 0;
            int rowColour = -1;
            int rowRecent = 0;
            int colRun = 0;
            int colColour = -1;
            int colRecent = 0;
            for (int j = 0; j < size; j++) {
                int inRow = modules[i * size + j];
                int inCol = modules[j * size + i];
                dark += inRow;
                if (inRow == rowColour) {
                    rowRun++;
                } else {
                    runs += rowRun >= 5 ? rowRun - 2 : 0;
                    rowRun = 1;
                    rowColour = inRow;
                }
                if (inCol == colColour) {
                    colRun++;
                } else {
                    runs += colRun >= 5 ? colRun - 2 : 0;
                    colRun = 1;
                    colColour = inCol;
                }
                rowRecent = ((rowRecent << 1) | inRow) & 0x7FFF;
                colRecent = ((colRecent << 1) | inCol) & 0x7FFF;
                if (j >= 10) {
                    finderLike += finderRuns(rowRecent, j) + finderRuns(colRecent, j);
                }
                if (i + 1 < size && j + 1 < size) {
                    int at = i * size + j;
                    if (inRow == modules[at + 1] && inRow == modules[at + size] && inRow == modules[at + size + 1]) {
                        blocks++;
                    }
                }
            }
            runs += (rowRun >= 5 ? rowRun - 2 : 0) + (colRun >= 5 ? colRun - 2 : 0);
        }
        int total = size * size;
        int fivePercentSteps = Math.abs(dark * 2 - total) * 10 / total;
        return runs + 3 * blocks + 40 * finderLike + 10 * fivePercentSteps;
    }

    /**
     * Finder-like runs that end here with light before them or start 11 modules back with light after them; one
     * with light on both sides is counted once.
     */
    private static int finderRuns(int recent, int position) {
        int last11 = recent & 0x7FF;
        int found = (last11 == LIGHT_THEN_FINDER ? 1 : 0) + (last11 == FINDER_THEN_LIGHT ? 1 : 0);
        return position >= 14 && recent == LIGHT_FINDER_LIGHT ? found - 1 : found;
    }
}
