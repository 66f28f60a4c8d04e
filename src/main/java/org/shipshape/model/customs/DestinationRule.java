package org.shipshape.model.customs;

import org.shipshape.model.common.Severity;
import org.shipshape.model.intake.Condition;
import java.util.Objects;

/**
 * An editable rule for goods bound for one country, such as "used fridges are prohibited as aid in Moldova".
 *
 * @param categoryId the category it applies to, or null
 * @param hsCode     the HS code it applies to, as a prefix ("8418" covers 8418.10 and 8418.21), or null; with
 *                   neither a category nor an HS code the rule applies to every line
 * @param usedOnly   true when it applies only to goods that are not new
 * @param confirmed  true once the coordinator confirmed it with the forwarder
 */
public record DestinationRule(long id, String countryCode, Long categoryId, String hsCode, boolean usedOnly,
                              Severity severity, String message, boolean confirmed) {
    public DestinationRule {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hsCode = hsCode == null || hsCode.isBlank() ? null : hsCode.trim();
    }

    public DestinationRule(long id, String countryCode, Long categoryId, boolean usedOnly, Severity severity,
                           String message, boolean confirmed) {
        this(id, countryCode, categoryId, null, usedOnly, severity, message, confirmed);
    }

    /**
     * Whether a content line of this category, HS code and condition falls under the rule: its category or HS
     * code matches (or the rule names neither), and it is used when the rule is for used goods only.
     *
     * @param lineHsCode the HS code printed for the line (its own, else its category's), or null
     */
    public boolean appliesTo(long lineCategoryId, String lineHsCode, Condition condition) {
        boolean goods;
        if (categoryId == null && hsCode == null) {
            goods = true;
        } else {
            goods = (categoryId != null && categoryId == lineCategoryId)
                    || (hsCode != null && lineHsCode != null && lineHsCode.startsWith(hsCode));
        }
        return goods && (!usedOnly || condition.isUsed());
    }
}
