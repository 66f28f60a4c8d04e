package org.shipshape.logic.safety;

import java.util.List;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.store.safety.SqliteBackup;

/** A full check of the open database: SQLite's {@code integrity_check} and {@code foreign_key_check}. */
public final class VerifyService {
    private VerifyService() {
    }

    /** The problems found; empty when the database is sound. Reads only. */
    public static List<String> problems(Workspace workspace) {
        if (workspace.isOnServer()) {
            throw new UserInputException(Message.of("safety.verify.onServer", workspace.location()));
        }
        return SqliteBackup.verify(workspace.database());
    }
}
