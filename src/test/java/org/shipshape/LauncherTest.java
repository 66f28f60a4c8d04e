package org.shipshape;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.cli.app.ShipshapeCommand;
import picocli.CommandLine;

/** What a start loads before the command runs (issue 16: --version should load as little as a plain Java program). */
class LauncherTest {
    @TempDir
    Path folder;

    @Test
    void versionAndHelpOpenNoDatabaseButCommandsAndTheWindowDo() {
        assertThat(onlyHelp("--version")).isTrue();
        assertThat(onlyHelp("-V")).isTrue();
        assertThat(onlyHelp("--help")).isTrue();
        assertThat(onlyHelp("--db", "w.db", "shipment", "list", "--help")).isTrue();
        assertThat(onlyHelp("--db", "w.db", "categories")).isFalse();
        assertThat(onlyHelp("--db", "w.db", "shipment", "list")).isFalse();
        assertThat(onlyHelp()).isFalse();
    }

    private static boolean onlyHelp(String... args) {
        CommandLine commandLine = ShipshapeCommand.commandLine(args, options -> { }, Map.of());
        return Launcher.onlyHelp(commandLine.parseArgs(args));
    }

    @Test
    void versionLoadsNeitherPicocliNorTheSqliteDriverNorLogging() throws Exception {
        Path classes = folder.resolve("classes.txt");
        Path out = folder.resolve("out.txt");
        Process process = new ProcessBuilder(List.of(
                ChildProcesses.java(), "-XX:TieredStopAtLevel=1", "-Xlog:class+load=info:file=" + classes,
                "-cp", ChildProcesses.appClassPath(), Launcher.class.getName(), "--version"))
                .redirectErrorStream(true).redirectOutput(out.toFile())
                .directory(folder.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("Shipshape ");
        List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
        assertThat(loaded).anyMatch(line -> line.contains(" org.shipshape.Launcher "));
        assertThat(loaded).noneMatch(line -> line.contains(" org.sqlite.") || line.contains(" ch.qos.logback.")
                || line.contains(" org.slf4j.") || line.contains(" picocli."));
    }

    /**
     * sqlite-jdbc works out its folder name for this system by running {@code uname -o} in a new process; once the
     * library is in the cache, a command finds it without that (issue 16).
     */
    @Test
    void aCommandStartsNoOtherProcessOnceTheSqliteLibraryIsCached() throws Exception {
        Path classes = folder.resolve("classes.txt");
        categories(); // the first start copies the library into the cache (and may ask the driver where it lives)
        categories("-Xlog:class+load=info:file=" + classes);

        List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
        assertThat(loaded).anyMatch(line -> line.contains(" org.sqlite.core.NativeDB "));
        assertThat(loaded).noneMatch(line -> line.contains(" java.lang.ProcessBuilder ")
                || line.contains(" java.lang.ProcessImpl "));
    }

    private void categories(String... jvmOptions) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ChildProcesses.java(), "-XX:TieredStopAtLevel=1",
                "-Djava.util.prefs.userRoot=" + folder.resolve("prefs")));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", ChildProcesses.appClassPath(), Launcher.class.getName(),
                "--db", folder.resolve("w.db").toString(), "categories"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("out.txt").toFile()).directory(folder.toFile());
        builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }
}
