package org.shipshape.store.safety;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.shipshape.model.safety.TableChecksum;

/**
 * The checksum of one table, computed the same way from a SQLite file and from a PostgreSQL server
 * (docs/decisions/0013). Each row becomes a canonical text, value by value, in the order of the column names sorted
 * alphabetically: a number by its exact decimal value without trailing zeros (so SQLite's REAL 2.5 and PostgreSQL's
 * NUMERIC 2.50 are the same, as are an INTEGER 3 and a BIGINT 3), text as UTF-8, bytes as they are, NULL as its own
 * tag; every value carries a type tag and its length, so no two different rows give the same text. The rows' SHA-256
 * hashes are sorted and hashed again with the column names: the order the two databases return rows in (their
 * collations differ) does not matter, a changed, missing or extra row does.
 */
final class TableDigest {
    private static final byte NULL = 'N';
    private static final byte NUMBER = 'D';
    private static final byte NOT_FINITE = 'F';
    private static final byte TEXT = 'S';
    private static final byte BYTES = 'B';

    private final List<String> columns;
    private final MessageDigest row = sha256();
    private final List<byte[]> rowHashes = new ArrayList<>();
    private final ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);

    /** @param columns the column names in the order the values will be given (sorted by {@link #sorted}) */
    TableDigest(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The column names in the order every digest reads them: alphabetical, whatever order the table declares. */
    static List<String> sorted(List<String> columns) {
        return columns.stream().sorted().toList();
    }

    /** Adds the current row of a result set that selected {@link #columns} in that order. */
    void add(ResultSet rs) throws SQLException {
        for (int i = 1; i <= columns.size(); i++) {
            add(rs.getObject(i));
        }
        rowHashes.add(row.digest());
    }

    /** Adds one row's values, in the order of {@link #columns}. */
    void add(Object[] values) {
        for (Object value : values) {
            add(value);
        }
        rowHashes.add(row.digest());
    }

    long rows() {
        return rowHashes.size();
    }

    TableChecksum finish(String table) {
        MessageDigest all = sha256();
        all.update(String.join(",", columns).getBytes(StandardCharsets.UTF_8));
        rowHashes.sort(Arrays::compareUnsigned);
        for (byte[] hash : rowHashes) {
            all.update(hash);
        }
        return new TableChecksum(table, rowHashes.size(), HexFormat.of().formatHex(all.digest()));
    }

    private void add(Object value) {
        if (value == null) {
            field(NULL, new byte[0]);
        } else if (value instanceof byte[] bytes) {
            field(BYTES, bytes);
        } else if (value instanceof String text) {
            field(TEXT, text.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Boolean truth) {
            field(NUMBER, (truth ? "1" : "0").getBytes(StandardCharsets.US_ASCII));
        } else if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
            field(NOT_FINITE, value.toString().getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof Number number) {
            field(NUMBER, canonicalNumber(number).getBytes(StandardCharsets.US_ASCII));
        } else {
            field(TEXT, value.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A number's exact decimal value in plain digits, without trailing zeros. A double is taken by its shortest
     * decimal that reads back as the same double ({@link BigDecimal#valueOf(double)}), which is also the text the copy
     * writes for a NUMERIC column, so a double stored into NUMERIC compares equal to itself.
     */
    static String canonicalNumber(Number number) {
        BigDecimal exact = number instanceof BigDecimal decimal ? decimal
                : number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                : new BigDecimal(number.toString());
        return exact.signum() == 0 ? "0" : exact.stripTrailingZeros().toPlainString();
    }

    private void field(byte tag, byte[] content) {
        row.update(tag);
        length.clear();
        length.putInt(content.length);
        row.update(length.array());
        row.update(content);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
