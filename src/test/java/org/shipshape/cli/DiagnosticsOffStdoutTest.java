package org.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.ChildProcesses;
import org.shipshape.Launcher;

/**
 * Standard output belongs to the command's result (a CSV piped into a file): logging trouble goes to stderr, as
 * one line. Runs the real launcher in a second process with the app's own logging set-up (LogSetup).
 */
class DiagnosticsOffStdoutTest {
    @TempDir
    Path folder;

    @Test
    void aLogFolderThatCannotBeCreatedLeavesStdoutToTheCommand() throws Exception {
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(List.of(
                ChildProcesses.java(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dshipshape.log.dir=/dev/null/logs",
                "-cp", ChildProcesses.appClassPath(), Launcher.class.getName(),
                "--db", folder.resolve("w.db").toString(), "categories"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        List<String> stdout = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(stdout.get(0)).startsWith("Name");
        assertThat(stdout).noneMatch(line -> line.contains("logback") || line.contains("|-"));
        assertThat(Files.readAllLines(err, StandardCharsets.UTF_8)).singleElement().asString()
                .startsWith("Shipshape cannot write its log");
    }
}
