package org.shipshape.logic.labels;

import java.util.List;
import org.shipshape.model.settings.Organisation;

/**
 * The sender printed on every label (the donors' guidance asks for sender and consignee on every parcel): the
 * organisation's name and address on one line after a "from" word, and its logo beside them.
 *
 * @param fromWord the word before the sender ("From"), from the phrase table
 * @param logo     PNG or JPEG bytes, or null
 */
public record LabelSender(String fromWord, String text, byte[] logo) {
    public static final LabelSender NONE = new LabelSender("", "", null);

    /** The organisation's name, address lines and country, comma-separated. */
    public static LabelSender of(String fromWord, Organisation organisation) {
        List<String> parts = new java.util.ArrayList<>();
        if (!organisation.name().isBlank()) {
            parts.add(organisation.name().trim());
        }
        for (String line : organisation.address().split("\\R")) {
            if (!line.isBlank()) {
                parts.add(line.trim());
            }
        }
        if (!organisation.country().isBlank()) {
            parts.add(organisation.country());
        }
        return new LabelSender(fromWord, String.join(", ", parts),
                organisation.logo() == null ? null : organisation.logo().bytes());
    }

    public boolean isEmpty() {
        return text.isBlank() && logo == null;
    }
}
