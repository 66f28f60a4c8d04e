package org.shipshape.logic.labels;

import java.util.List;
import org.shipshape.model.common.Message;

/**
 * The outcome of writing labels.
 *
 * @param shortened one message per label whose text had to be cut even at the smallest print size
 */
public record LabelReport(int labels, int pages, List<Message> shortened) {
    public LabelReport {
        shortened = List.copyOf(shortened);
    }
}
