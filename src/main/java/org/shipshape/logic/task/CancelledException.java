package org.shipshape.logic.task;

/** Work stopped because the user cancelled it; not an error to report. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled");
    }
}
