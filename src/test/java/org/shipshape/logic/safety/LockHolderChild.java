package org.shipshape.logic.safety;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.settings.SettingsRepository;

/**
 * Run in a child JVM by the two-process tests: opens the database for writing as volunteer "Ana" and keeps it
 * open, writing a setting when told "write", until told "quit". Arguments: database file.
 */
public final class LockHolderChild {
    private LockHolderChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace workspace = Workspace.open(Path.of(args[0]), false, "Ana");
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("READY");
            System.out.flush();
            SettingsRepository settings = new SettingsRepository(workspace.database());
            int writes = 0;
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                if (line.equals("write")) {
                    settings.put("lock-test", String.valueOf(++writes));
                    System.out.println("WROTE " + settings.get("lock-test").orElseThrow());
                    System.out.flush();
                }
            }
        }
        System.out.println("CLOSED");
        System.out.flush();
    }
}
