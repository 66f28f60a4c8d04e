package org.shipshape.logic.workspace;

import java.nio.file.Path;
import org.shipshape.model.safety.OpenFailure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.shipshape.model.safety.LockHolder;

/**
 * Another Shipshape has the database open for writing. The message names it for the command line; a window
 * offers "Open read-only" or "Quit" instead.
 */
public final class WorkspaceInUseException extends WorkspaceOpenException {
    private final LockHolder holder;

    public WorkspaceInUseException(Path file, LockHolder holder, Throwable cause) {
        super(OpenFailure.IN_USE, file, file.getFileName() + " is in use by " + describe(holder, ZoneId.systemDefault())
                + "; close that Shipshape or use --read-only.", cause);
        this.holder = holder;
    }

    public LockHolder holder() {
        return holder;
    }

    /** "Ana on WAREHOUSE-PC since 09:14 (pid 4242)", leaving out what the lock file did not say. */
    public static String describe(LockHolder holder, ZoneId zone) {
        StringBuilder text = new StringBuilder(holder.user().isBlank() ? "another Shipshape" : holder.user());
        if (!holder.host().isBlank()) {
            text.append(" on ").append(holder.host());
        }
        if (holder.since() != null) {
            text.append(" since ").append(time(holder.since(), zone));
        }
        if (holder.pid() > 0) {
            text.append(" (pid ").append(holder.pid()).append(')');
        }
        return text.toString();
    }

    private static String time(Instant since, ZoneId zone) {
        var local = since.atZone(zone);
        String pattern = local.toLocalDate().equals(LocalDate.now(zone)) ? "HH:mm" : "yyyy-MM-dd HH:mm";
        return local.format(DateTimeFormatter.ofPattern(pattern));
    }
}
