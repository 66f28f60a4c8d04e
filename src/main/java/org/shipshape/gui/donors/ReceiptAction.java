package org.shipshape.gui.donors;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a donor's in-kind receipt PDF. Plugged in from outside this feature (the customs documents feature owns
 * the PDF), so the donors screen shows its receipt button only when one is set.
 */
@FunctionalInterface
public interface ReceiptAction {
    void write(long donorId, LocalDate from, LocalDate to, boolean showValues, Path target) throws Exception;
}
