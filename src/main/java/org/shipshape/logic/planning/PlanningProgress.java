package org.shipshape.logic.planning;

/** How a long planning run reports progress and learns that the user gave up. Called from planner threads. */
public interface PlanningProgress {
    PlanningProgress NONE = new PlanningProgress() {
        @Override
        public void progress(double fraction) {
            // Nobody listens.
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** @param fraction 0..1 of the time budget used so far */
    void progress(double fraction);

    /** When true the planner stops soon and returns the best plan found so far. */
    boolean cancelled();
}
