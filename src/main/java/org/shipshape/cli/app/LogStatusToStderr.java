package org.shipshape.cli.app;

import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Locale;
import org.shipshape.logic.text.Catalogue;
import ch.qos.logback.core.spi.LifeCycle;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;

/**
 * Logback's own troubles (the log folder cannot be created, the disk is full) as one line on stderr, once. Without
 * a status listener logback prints every status, with stack traces, to stdout, where it would corrupt the output
 * of a command such as {@code shipment list --format csv}. Registered by {@code LogSetup}.
 */
public final class LogStatusToStderr extends ContextAwareBase implements StatusListener, LifeCycle {
    private volatile boolean started;
    private volatile boolean reported;

    @Override
    public void addStatusEvent(Status status) {
        if (status.getEffectiveLevel() < Status.ERROR || reported) {
            return;
        }
        reported = true;
        Throwable cause = status.getThrowable();
        String detail = status.getMessage()
                + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage());
        System.err.println(Catalogue.of(Locale.getDefault()).text("ShipshapeCommand.logUnwritable", detail));
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public void stop() {
        started = false;
    }

    @Override
    public boolean isStarted() {
        return started;
    }
}
