package org.shipshape.logic.task;

/**
 * How long work reports progress and learns it was cancelled, without knowing about any user interface.
 * Long loops call {@link #update} now and then and {@link #checkCancelled()} between steps.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user asked to stop; work then rolls back what it started. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
