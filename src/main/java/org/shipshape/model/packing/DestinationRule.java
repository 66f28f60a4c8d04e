package org.shipshape.model.packing;

import java.util.Objects;

/**
 * A restriction for goods going to a country (editable data, to be confirmed with the forwarder).
 *
 * @param categoryId the category it applies to, or null for every category
 * @param usedOnly   applies only to goods that are not new
 * @param severity   {@code block}, {@code warn} or {@code info}
 */
public record DestinationRule(long id, String countryCode, Long categoryId, boolean usedOnly, String severity,
                              String message) {
    public DestinationRule {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}
