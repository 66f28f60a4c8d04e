package org.shipshape.gui.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails a test when an exception reaches the JavaFX thread's uncaught-exception handler (an event handler or
 * a skin that threw): in the app that is an error the user never sees, only a line in the log. Register it
 * before TestFX's extension so it watches the screen being built too:
 * {@code @ExtendWith({FxExceptions.class, ApplicationExtension.class})}.
 */
public final class FxExceptions implements BeforeEachCallback, AfterEachCallback {
    private final List<Throwable> caught = new CopyOnWriteArrayList<>();
    private final AtomicReference<Thread.UncaughtExceptionHandler> previous = new AtomicReference<>();

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        caught.clear();
        WaitForAsyncUtils.asyncFx(() -> {
            Thread fx = Thread.currentThread();
            previous.set(fx.getUncaughtExceptionHandler());
            fx.setUncaughtExceptionHandler((thread, error) -> caught.add(error));
        }).get();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(previous.get())).get();
        if (!caught.isEmpty()) {
            AssertionError failure = new AssertionError(caught.size()
                    + " exception(s) reached the JavaFX thread's uncaught-exception handler; the first: "
                    + caught.get(0));
            caught.forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
