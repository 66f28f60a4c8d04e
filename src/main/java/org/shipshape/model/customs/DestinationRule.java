package org.shipshape.model.customs;

import org.shipshape.model.common.Severity;
import java.util.Objects;

/**
 * An editable rule for goods bound for one country, such as "used fridges are prohibited as aid in Moldova".
 *
 * @param categoryId the category it applies to, or null for every category
 * @param usedOnly   true when it applies only to goods that are not new
 * @param confirmed  true once the coordinator confirmed it with the forwarder
 */
public record DestinationRule(long id, String countryCode, Long categoryId, boolean usedOnly, Severity severity,
                              String message, boolean confirmed) {
    public DestinationRule {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
