package org.shipshape.logic.packing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;

/**
 * Reads a gross weight as typed by a person or by a USB scale that acts as a keyboard: "12.5", "12,5 kg",
 * "ST,GS,+0012.50kg", "12500 g".
 */
public final class WeightText {
    /**
     * The number at the end, with spaces between thousands allowed ("1 234,5 kg"); it must not follow a digit or a
     * separator, so "1,234.5" is refused rather than read as 234.5.
     */
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile(
            "([-+]?\\s*(?<![\\d.,])(?:\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+)(?:[.,]\\d+)?)\\s*(kg|g|lb|lbs)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1000);
    private static final BigDecimal KG_PER_LB = new BigDecimal("0.45359237");

    private WeightText() {
    }

    /** Empty text gives empty; zero, negative or unreadable weights are rejected with a plain sentence. */
    public static Optional<BigDecimal> parseKg(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = NUMBER_AND_UNIT.matcher(text.trim());
        if (!m.find()) {
            throw new UserInputException(Message.of("packing.refused.notAWeight", text.trim()));
        }
        BigDecimal value = LenientParsing.decimal(m.group(1).replaceAll("[\\s\\u00a0\\u202f]", "")).orElseThrow();
        String unit = m.group(2) == null ? "kg" : m.group(2).toLowerCase(Locale.ROOT);
        BigDecimal kg = switch (unit) {
            case "g" -> value.divide(GRAMS_PER_KG);
            case "lb", "lbs" -> value.multiply(KG_PER_LB);
            default -> value;
        };
        if (kg.signum() <= 0) {
            throw new UserInputException(Message.of("packing.refused.weightTextNotPositive", text.trim()));
        }
        return Optional.of(org.shipshape.model.common.Decimals.kg(kg));
    }
}
