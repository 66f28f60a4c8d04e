package org.shipshape.gui.app;

import java.util.Locale;
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
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.logic.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of the window's start that needs no JavaFX, done on a second thread while the toolkit starts on the first
 * (a machine has two cores or more; each part takes about a second cold): the language setting is read, the warehouse
 * opened (the SQLite driver, the check of the file, the schema), then the texts of every language (for View >
 * Language) and the icon sets of the first screens loaded.
 */
final class ParallelStart {
    private static final Logger LOG = LoggerFactory.getLogger(ParallelStart.class);

    private ParallelStart() {
    }

    /**
     * Starts the work; the answer is the opened warehouse, or the failure to open it, which the window explains once
     * the toolkit is up ({@link StartupGuard#open(StartupOptions, CompletableFuture)}).
     */
    static CompletableFuture<Workspace> begin(StartupOptions options) {
        CompletableFuture<Workspace> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            UiLanguage language = new UiLanguage();
            try {
                language.current(); // the window's first step reads it (the preferences file is XML)
                Workspace opened = StartupGuard.attempt(options);
                LOG.info("Warehouse opened beside JavaFX {} ms after launch", ShipshapeApp.sinceLaunch());
                opening.complete(opened);
            } catch (RuntimeException | Error failure) {
                opening.completeExceptionally(failure); // explained (and logged) on the window's thread
                return;
            }
            loadLanguages(language);
            loadIconSets();
        }, "shipshape-parallel-start");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /**
     * View > Language names each language in itself: the texts of every language, read here rather than on the
     * window's thread while it builds the menu bar before the first frame.
     */
    private static void loadLanguages(UiLanguage language) {
        Catalogue.of(language.system()).languageName();
        for (Locale each : Catalogue.languages()) {
            Catalogue.of(each).languageName();
        }
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
