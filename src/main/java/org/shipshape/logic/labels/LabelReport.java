package org.shipshape.logic.labels;

import java.util.List;

/**
 * The outcome of writing labels.
 *
 * @param shortened one sentence per label whose text had to be cut even at the smallest print size
 */
public record LabelReport(int labels, int pages, List<String> shortened) {
    public LabelReport {
        shortened = List.copyOf(shortened);
    }
}
