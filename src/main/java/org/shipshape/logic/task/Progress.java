package org.shipshape.logic.task;

import org.shipshape.model.common.Message;

/**
 * How long work reports progress and learns it was cancelled, without knowing about any user interface.
 * Long loops call {@link #report} now and then and {@link #checkCancelled()} between steps. What is being done is
 * a {@link Message}, rendered in the user's language by whoever shows the progress.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void report(long done, long total, Message step) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param step what is being done now (such as {@code sample.progress.donors}), or null to keep showing the last
     */
    void report(long done, long total, Message step);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user asked to stop; work then rolls back what it started. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
