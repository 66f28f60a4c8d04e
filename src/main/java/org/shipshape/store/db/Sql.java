package org.shipshape.store.db;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.shipshape.model.common.CodedEnum;
import org.shipshape.model.common.Decimals;

/**
 * Conversions between model values and their stored form: money as minor units, kilograms as grams, dates and
 * instants as ISO text, enums as their codes, sets of enums as ';'-separated codes.
 */
public final class Sql {
    private Sql() {
    }

    /** Binds plain parameters (strings, numbers, null) in order. */
    public static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
    }

    public static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    public static void setNullableInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    public static void setMoney(PreparedStatement ps, int index, BigDecimal amount) throws SQLException {
        setNullableLong(ps, index, amount == null ? null : Decimals.toMinorUnits(amount));
    }

    public static void setKg(PreparedStatement ps, int index, BigDecimal kg) throws SQLException {
        setNullableLong(ps, index, kg == null ? null : Decimals.toGrams(kg));
    }

    public static void setDecimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setString(index, value.stripTrailingZeros().toPlainString());
        }
    }

    public static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        ps.setString(index, date == null ? null : date.toString());
    }

    public static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setString(index, instant == null ? null : instant.toString());
    }

    public static Long getNullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static Integer getNullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static BigDecimal getMoney(ResultSet rs, String column) throws SQLException {
        Long minor = getNullableLong(rs, column);
        return minor == null ? null : Decimals.fromMinorUnits(minor);
    }

    public static BigDecimal getKg(ResultSet rs, String column) throws SQLException {
        Long grams = getNullableLong(rs, column);
        return grams == null ? null : Decimals.fromGrams(grams);
    }

    public static BigDecimal getDecimal(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : new BigDecimal(text);
    }

    public static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    public static Instant getInstant(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : Instant.parse(text);
    }

    public static <E extends Enum<E> & CodedEnum> E getEnum(ResultSet rs, String column, Class<E> type)
            throws SQLException {
        String code = rs.getString(column);
        return code == null ? null : CodedEnum.fromCode(type, code).orElseThrow(
                () -> new SQLException("Unknown " + type.getSimpleName() + " code '" + code + "' in " + column));
    }

    public static String codes(Collection<? extends CodedEnum> values) {
        return values.stream().map(CodedEnum::code).sorted().collect(Collectors.joining(";"));
    }

    public static <E extends Enum<E> & CodedEnum> Set<E> parseCodes(String text, Class<E> type) {
        EnumSet<E> result = EnumSet.noneOf(type);
        if (text == null || text.isBlank()) {
            return result;
        }
        Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(code -> result.add(CodedEnum.fromCode(type, code).orElseThrow(
                        () -> new IllegalStateException("Unknown " + type.getSimpleName() + " code: " + code))));
        return result;
    }
}
