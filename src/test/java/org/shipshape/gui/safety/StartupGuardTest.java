package org.shipshape.gui.safety;

import org.shipshape.gui.support.RecordingDialogs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.logic.workspace.WorkspaceInUseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.safety.BackupService;
import org.shipshape.logic.safety.ChildJvm;
import org.shipshape.logic.safety.LockHolderChild;
import org.shipshape.logic.safety.SafetyFixtures;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.safety.BackupKind;

/** What the window's start-up offers for a busy, damaged or fine database. */
class StartupGuardTest {
    private static Locale previous;

    @TempDir
    Path folder;

    @BeforeAll
    static void english() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(previous);
    }

    private Path databaseWithBackup() {
        Path file = folder.resolve("shipshape.db");
        try (Workspace workspace = Workspace.open(file, false, "test")) {
            SafetyFixtures.fill(workspace, 12);
            new BackupService(workspace).backup(BackupKind.EXIT);
        }
        return file;
    }

    @Test
    void aDatabaseHeldByAnotherShipshapeOffersOpenReadOnlyOrQuit() throws Exception {
        Path file = databaseWithBackup();
        try (ChildJvm first = ChildJvm.start(LockHolderChild.class, file.toString())) {
            assertThat(first.awaitLine("READY", 60_000)).isTrue();

            RecordingDialogs readOnlyChosen = new RecordingDialogs().answerConfirm(true);
            Optional<Workspace> opened = new StartupGuard(readOnlyChosen, Clock.systemDefaultZone())
                    .open(file, false, "Ben");
            assertThat(readOnlyChosen.shown).singleElement().satisfies(d -> {
                assertThat(d.action()).isEqualTo("Open read-only");
                assertThat(d.keep()).isEqualTo("Quit");
                assertThat(d.text()).contains("in use by Ana on ").contains("(pid " + first.pid() + ")");
            });
            assertThat(opened).hasValueSatisfying(w -> assertThat(w.isReadOnly()).isTrue());
            opened.get().close();

            RecordingDialogs quitChosen = new RecordingDialogs().answerConfirm(false);
            assertThat(new StartupGuard(quitChosen, Clock.systemDefaultZone()).open(file, false, "Ben")).isEmpty();

            first.send("write");
            assertThat(first.awaitLine("WROTE 1", 30_000)).as("the first keeps working").isTrue();
        }
    }

    @Test
    void aFirstTryMadeWhileTheWindowStartsIsExplainedAndOfferedAsIfMadeHere() throws Exception {
        Path file = databaseWithBackup();
        StartupOptions options = new StartupOptions(file, false, "Ben");
        try (ChildJvm first = ChildJvm.start(LockHolderChild.class, file.toString())) {
            assertThat(first.awaitLine("READY", 60_000)).isTrue();
            CompletableFuture<Workspace> triedElsewhere = CompletableFuture.supplyAsync(
                    () -> StartupGuard.attempt(options));
            assertThat(triedElsewhere).failsWithin(Duration.ofMinutes(1))
                    .withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(WorkspaceInUseException.class);

            RecordingDialogs readOnlyChosen = new RecordingDialogs().answerConfirm(true);
            Optional<Workspace> opened = new StartupGuard(readOnlyChosen, Clock.systemDefaultZone())
                    .open(options, triedElsewhere);
            assertThat(readOnlyChosen.shown).singleElement()
                    .satisfies(d -> assertThat(d.action()).isEqualTo("Open read-only"));
            assertThat(opened).hasValueSatisfying(w -> assertThat(w.isReadOnly()).isTrue());
            opened.get().close();
        }
        CompletableFuture<Workspace> openedElsewhere = CompletableFuture.supplyAsync(
                () -> StartupGuard.attempt(options));
        RecordingDialogs none = new RecordingDialogs();
        try (Workspace workspace = new StartupGuard(none, Clock.systemDefaultZone()).open(options, openedElsewhere)
                .orElseThrow()) {
            assertThat(workspace).isSameAs(openedElsewhere.join());
            assertThat(workspace.isReadOnly()).isFalse();
        }
        assertThat(none.shown).isEmpty();
    }

    @Test
    void aDamagedDatabaseOffersTheLatestGoodBackupAndRestoresIt() throws Exception {
        Path file = databaseWithBackup();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        RecordingDialogs restoreChosen = new RecordingDialogs().answerConfirm(true);
        Optional<Workspace> opened = new StartupGuard(restoreChosen, Clock.systemDefaultZone())
                .open(file, false, "Ben");
        assertThat(restoreChosen.shown).singleElement().satisfies(d -> {
            assertThat(d.action()).isEqualTo("Restore this backup");
            assertThat(d.keep()).isEqualTo("Quit");
            assertThat(d.text()).contains(folder.resolve("damaged").toString())
                    .contains("shipshape-exit-");
        });
        try (Workspace workspace = opened.orElseThrow()) {
            assertThat(workspace.counts().packages()).isEqualTo(12);
        }
        try (var damaged = Files.list(folder.resolve("damaged"))) {
            Path set = damaged.findFirst().orElseThrow();
            assertThat(Files.readAllBytes(set.resolve("shipshape.db")))
                    .isEqualTo(java.util.Arrays.copyOf(bytes, bytes.length / 3));
        }
    }

    @Test
    void quittingAtTheDamageOfferRestoresNothing() throws Exception {
        Path file = databaseWithBackup();
        Files.writeString(file, "garbage");
        RecordingDialogs quitChosen = new RecordingDialogs().answerConfirm(false);
        assertThat(new StartupGuard(quitChosen, Clock.systemDefaultZone()).open(file, false, "Ben")).isEmpty();
        assertThat(quitChosen.shown).singleElement().satisfies(d -> assertThat(d.action())
                .isEqualTo("Restore this backup"));
        assertThat(file).as("quitting leaves the file as it was").hasContent("garbage");
        assertThat(folder.resolve("damaged")).doesNotExist();
        assertThat(BackupService.list(file)).hasSize(1);
    }

    @Test
    void aFineDatabaseOpensWithoutAnyDialog() {
        Path file = databaseWithBackup();
        RecordingDialogs none = new RecordingDialogs();
        try (Workspace workspace = new StartupGuard(none, Clock.systemDefaultZone()).open(file, false, "Ben")
                .orElseThrow()) {
            assertThat(workspace.isReadOnly()).isFalse();
        }
        assertThat(none.shown).isEmpty();
    }
}
