package org.shipshape.gui.common;

import org.shipshape.logic.task.EditConflictException;

/**
 * What every edit screen does when its save met someone else's change (docs/decisions/0012): one sentence saying who
 * changed the record and when, and a Reload button. Nothing was saved; the stored record keeps the other change.
 */
public final class EditConflicts {
    private EditConflicts() {
    }

    /**
     * Shows the conflict if the failure is one, and reloads when the volunteer asks for it.
     *
     * @return false when the failure was something else (the caller shows it as before)
     */
    public static boolean offerReload(DialogService dialogs, Throwable failure, Runnable reload) {
        if (!(failure instanceof EditConflictException conflict)) {
            return false;
        }
        Messages text = Messages.of(EditConflicts.class);
        String sentence = text.render(conflict.messages(), " ");
        if (conflict.wasDeleted()) {
            dialogs.showInformation(text.get("title"), sentence);
            reload.run();
        } else if (dialogs.confirm(text.get("title"), sentence, text.get("reload"), text.get("keep"))) {
            reload.run();
        }
        return true;
    }
}
