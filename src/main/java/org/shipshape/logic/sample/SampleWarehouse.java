package org.shipshape.logic.sample;

import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;

/** Loads the sample warehouse from the bundled CSV files in sample-data/ into a workspace, in one transaction. */
public final class SampleWarehouse {
    private SampleWarehouse() {
    }

    public static void load(Workspace workspace, Progress progress) {
        throw new UnsupportedOperationException("The sample warehouse loader is being written (issue 2)");
    }
}
