package org.shipshape.gui.common;

import org.shipshape.gui.task.TaskExecutor;
import org.shipshape.logic.workspace.Workspace;

/**
 * What every screen needs: the open workspace, the background-work seam, dialogs, a way to ask the main window to
 * refresh its status bar after a change, and the watch that says when another station changed what a screen shows.
 */
public record GuiContext(Workspace workspace, TaskExecutor tasks, DialogService dialogs, Runnable statusChanged,
                         ChangeWatch changes) {
    /** A context whose change watch polls only when asked ({@link ChangeWatch#poll}), as tests do. */
    public GuiContext(Workspace workspace, TaskExecutor tasks, DialogService dialogs, Runnable statusChanged) {
        this(workspace, tasks, dialogs, statusChanged, new ChangeWatch(tasks));
    }
}
