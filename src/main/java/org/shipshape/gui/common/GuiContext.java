package org.shipshape.gui.common;

import org.shipshape.gui.task.TaskExecutor;
import org.shipshape.logic.workspace.Workspace;

/**
 * What every screen needs: the open workspace, the background-work seam, dialogs, and a way to ask the main
 * window to refresh its status bar after a change.
 */
public record GuiContext(Workspace workspace, TaskExecutor tasks, DialogService dialogs, Runnable statusChanged) {
}
