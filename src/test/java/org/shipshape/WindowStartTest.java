package org.shipshape;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.cli.app.ShipshapeCommand;

/**
 * The window's start as a volunteer's command line makes it: JavaFX starts while picocli still reads the options
 * (issue 16, ADR 0032), so a mistake in them must still end the run with picocli's message and a usage exit code,
 * and good options must still open the window on the database they name. The child runs headless on Monocle.
 */
class WindowStartTest {
    @TempDir
    Path folder;

    @Test
    void onlyTheRootsOptionsOpenTheWindow() {
        assertThat(ShipshapeCommand.opensWindow(new String[0])).isTrue();
        assertThat(ShipshapeCommand.opensWindow(new String[] {"--db", "w.db", "--user", "ann", "--read-only"}))
                .isTrue();
        assertThat(ShipshapeCommand.opensWindow(new String[] {"--db=w.db", "--lang", "fr"})).isTrue();
        assertThat(ShipshapeCommand.opensWindow(new String[] {"--db", "w.db", "categories"})).isFalse();
        assertThat(ShipshapeCommand.opensWindow(new String[] {"--db", "w.db", "--version"})).isFalse();
        assertThat(ShipshapeCommand.opensWindow(new String[] {"-V"})).isFalse();
        assertThat(ShipshapeCommand.opensWindow(new String[] {"--help"})).isFalse();
        assertThat(ShipshapeCommand.opensWindow(new String[] {"--no-such-option"})).isFalse();
    }

    @Test
    void aWrongLanguageEndsTheRunWithTheMessageAndOpensNothing() throws Exception {
        Path database = folder.resolve("w.db");
        Run run = window("--db", database.toString(), "--lang", "xx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("\"xx\" is not a language of Shipshape")
                .doesNotContain("Exception");
        assertThat(database).doesNotExist();
        assertThat(run.log()).doesNotContain("Main window shown");
    }

    @Test
    void aMissingValueEndsTheRunWithTheMessage() throws Exception {
        Run run = window("--user", "ann", "--db");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("--db").doesNotContain("Exception");
    }

    @Test
    void theWindowOpensTheDatabaseNamedAndEndsWithExitCodeZeroWhenClosed() throws Exception {
        Path database = folder.resolve("named.db");
        Run run = window("--db", database.toString(), "--user", "ann");

        assertThat(run.exitCode()).isZero();
        assertThat(database).exists();
        assertThat(run.log()).contains("Main window shown for " + database);
    }

    private record Run(int exitCode, String output, String log) {
    }

    private Run window(String... args) throws Exception {
        Path out = folder.resolve("out.txt");
        Path logs = folder.resolve("logs");
        List<String> command = new ArrayList<>(List.of(ChildProcesses.java(), "-XX:TieredStopAtLevel=1",
                "-Djava.util.prefs.userRoot=" + folder.resolve("prefs"), "-Dshipshape.log.dir=" + logs,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Duser.language=en", "-Duser.country=US",
                "-D" + Launcher.CLOSE_WINDOW_AFTER + "=0", "-cp", ChildProcesses.appClassPath(),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile())
                .directory(folder.toFile());
        builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        Process process = builder.start();
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the run ended").isTrue();
        Path log = logs.resolve("shipshape.log");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
    }
}
