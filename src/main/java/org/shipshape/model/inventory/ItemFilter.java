package org.shipshape.model.inventory;

import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.ItemStatus;
import java.time.LocalDate;

/**
 * What the inventory shows: every criterion is optional (null or blank means "any"). Dates are inclusive.
 *
 * @param text matched, ignoring case, against description, donor, category and location
 */
public record ItemFilter(String text, Long categoryId, Long donorId, Condition condition, ItemStatus status,
                         LocalDate receivedFrom, LocalDate receivedTo) {
    public static final ItemFilter ALL = new ItemFilter(null, null, null, null, null, null, null);

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public ItemFilter withText(String newText) {
        return new ItemFilter(newText, categoryId, donorId, condition, status, receivedFrom, receivedTo);
    }

    public ItemFilter withStatus(ItemStatus newStatus) {
        return new ItemFilter(text, categoryId, donorId, condition, newStatus, receivedFrom, receivedTo);
    }

    public ItemFilter withDonor(Long newDonorId) {
        return new ItemFilter(text, categoryId, newDonorId, condition, status, receivedFrom, receivedTo);
    }
}
