package org.shipshape.logic.workspace;

import java.nio.file.Path;
import org.shipshape.model.safety.OpenFailure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.shipshape.model.common.Message;
import org.shipshape.model.safety.LockHolder;

/**
 * Another Shipshape has the database open for writing. The message names it; the command line adds how to open
 * it read-only there, a window offers "Open read-only" or "Quit".
 */
public final class WorkspaceInUseException extends WorkspaceOpenException {
    private final LockHolder holder;

    public WorkspaceInUseException(Path file, LockHolder holder, Throwable cause) {
        super(OpenFailure.IN_USE, file, Message.of("workspace.inUse", file.getFileName().toString(),
                describe(holder, ZoneId.systemDefault())), cause);
        this.holder = holder;
    }

    public LockHolder holder() {
        return holder;
    }

    /** "Ana on WAREHOUSE-PC since 09:14 (pid 4242)", leaving out what the lock file did not say. */
    public static Message describe(LockHolder holder, ZoneId zone) {
        Message text = holder.user().isBlank() ? Message.of("workspace.holder.another")
                : Message.of("common.value", holder.user());
        if (!holder.host().isBlank()) {
            text = Message.of("workspace.holder.onHost", text, holder.host());
        }
        if (holder.since() != null) {
            text = Message.of("workspace.holder.since", text, time(holder.since(), zone));
        }
        if (holder.pid() > 0) {
            text = Message.of("workspace.holder.pid", text, holder.pid());
        }
        return text;
    }

    private static String time(Instant since, ZoneId zone) {
        var local = since.atZone(zone);
        String pattern = local.toLocalDate().equals(LocalDate.now(zone)) ? "HH:mm" : "yyyy-MM-dd HH:mm";
        return local.format(DateTimeFormatter.ofPattern(pattern));
    }
}
