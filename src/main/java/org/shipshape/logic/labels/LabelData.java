package org.shipshape.logic.labels;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.shipshape.model.packing.HandlingMark;

/**
 * What one box label shows.
 *
 * @param position      1-based place of the package in its shipment; 0 when it belongs to none
 * @param total         packages in the shipment; 0 when it belongs to none
 * @param contents      category lines with counts in English
 * @param localContents the same lines in the shipment's document language; empty when that is English
 * @param grossKg       null when not weighed yet (the label leaves a blank to write on)
 */
public record LabelData(String packageNumber, int position, int total, String destination, String consignee,
                        String shipmentReference, List<String> contents, List<String> localContents,
                        BigDecimal grossKg, Set<HandlingMark> marks) {
    public LabelData {
        Objects.requireNonNull(packageNumber, "packageNumber");
        destination = destination == null ? "" : destination;
        consignee = consignee == null ? "" : consignee;
        shipmentReference = shipmentReference == null ? "" : shipmentReference;
        contents = contents == null ? List.of() : List.copyOf(contents);
        localContents = localContents == null ? List.of() : List.copyOf(localContents);
        marks = marks == null ? Set.of() : Set.copyOf(marks);
    }
}
