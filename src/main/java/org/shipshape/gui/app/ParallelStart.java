package org.shipshape.gui.app;

import java.util.concurrent.CompletableFuture;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.shipshape.gui.safety.StartupGuard;
import org.shipshape.gui.settings.UiLanguage;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.logic.workspace.Workspace;

/**
 * The part of the window's start that needs no JavaFX, done on a second thread while the toolkit starts on the first
 * (a machine has two cores or more; each part takes about a second cold): the language setting is read, the warehouse
 * opened (the SQLite driver, the check of the file, the schema), then the icon sets of the first screens loaded.
 */
final class ParallelStart {
    private ParallelStart() {
    }

    /**
     * Starts the work; the answer is the opened warehouse, or the failure to open it, which the window explains once
     * the toolkit is up ({@link StartupGuard#open(StartupOptions, CompletableFuture)}).
     */
    static CompletableFuture<Workspace> begin(StartupOptions options) {
        CompletableFuture<Workspace> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                new UiLanguage().current(); // the window's first step reads it (the preferences file is XML)
                opening.complete(StartupGuard.attempt(options));
            } catch (RuntimeException | Error failure) {
                opening.completeExceptionally(failure); // explained (and logged) on the window's thread
                return;
            }
            loadIconSets();
        }, "shipshape-parallel-start");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /**
     * Each icon set is an enum of about a thousand icons, set up the first time an icon of it is shown: here, the
     * window's thread finds them ready (or waits for the one being set up rather than doing it twice).
     */
    private static void loadIconSets() {
        MaterialDesignB.values();
        MaterialDesignC.values();
        MaterialDesignD.values();
        MaterialDesignE.values();
        MaterialDesignF.values();
        MaterialDesignI.values();
        MaterialDesignP.values();
        MaterialDesignT.values();
    }
}
