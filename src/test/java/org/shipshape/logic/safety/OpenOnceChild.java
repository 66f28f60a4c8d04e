package org.shipshape.logic.safety;

import java.nio.file.Path;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.workspace.WorkspaceOpenException;

/**
 * Run in a child JVM: opens the database for writing once and says how it went, on one line: "OPENED" or
 * "REFUSED " and the sentence the user would read. Arguments: database file.
 */
public final class OpenOnceChild {
    private OpenOnceChild() {
    }

    public static void main(String[] args) {
        try (Workspace workspace = Workspace.open(Path.of(args[0]), false, "Ben")) {
            System.out.println("OPENED");
        } catch (WorkspaceOpenException e) {
            System.out.println("REFUSED " + e.getMessage());
        }
        System.out.flush();
    }
}
