package org.shipshape.logic.imports;

import org.shipshape.model.intake.DonatedItem;

/**
 * A row of an item import, ready to write.
 *
 * @param newDonorName the donor to create from its name, or null when {@code item.donorId()} is an existing donor
 */
public record ImportedItem(long rowNumber, DonatedItem item, String newDonorName) {
}
