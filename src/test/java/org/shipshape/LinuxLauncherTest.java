package org.shipshape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed app's start script on Linux (packaging/linux/launcher.sh, ADR 0018, 0019, 0026, 0027), run in an app
 * image's layout whose runtime's {@code java} only writes down the arguments it was given: which class-data sharing
 * archive and which JVM flags each command gets, and how the installation's archives are made.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherTest {
    @TempDir
    Path image;

    private Path app;
    private Path recorded;

    @BeforeEach
    void anAppImage() throws IOException {
        Path bin = Files.createDirectories(image.resolve("bin"));
        app = Files.createDirectories(image.resolve("lib/app"));
        Path runtimeBin = Files.createDirectories(image.resolve("lib/runtime/bin"));
        Files.copy(Path.of("packaging/linux/launcher.sh"), bin.resolve("shipshape"));
        executable(bin.resolve("shipshape"));
        Files.writeString(app.resolve("shipshape.cfg"), String.join("\n", "[Application]",
                "app.classpath=$APPDIR/shipshape.jar", "app.classpath=$APPDIR/lib/picocli.jar",
                "app.mainclass=org.shipshape.Launcher", "", "[JavaOptions]",
                "java-options=--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED", ""),
                StandardCharsets.UTF_8);
        recorded = image.resolve("java-arguments.txt");
        // each argument on its own line; a dump (-XX:SharedArchiveFile=X.new) writes X.new as the JVM would
        Files.writeString(runtimeBin.resolve("java"), String.join("\n", "#!/bin/bash",
                "printf '%s\\n' \"$@\" >> '" + recorded + "'",
                "echo '--' >> '" + recorded + "'",
                "for a in \"$@\"; do case $a in -XX:SharedArchiveFile=*.new) echo dumped > \"${a#*=}\" ;; esac; done",
                ""), StandardCharsets.UTF_8);
        executable(runtimeBin.resolve("java"));
    }

    @Test
    void smallCommandsTakeTheSmallCommandsArchiveAndOthersTheWholeOne() throws Exception {
        Files.writeString(app.resolve("shipshape.jsa"), "all");
        Files.writeString(app.resolve("shipshape-short.jsa"), "short");

        assertThat(start("--db", "w.db", "categories")).contains(archive("shipshape-short.jsa"))
                .doesNotContain(archive("shipshape.jsa")).contains("-XX:TieredStopAtLevel=1");
        assertThat(start("--user", "ann", "shipment", "list")).contains(archive("shipshape-short.jsa"));
        assertThat(start("--db", "w.db", "labels", "--shipment", "MLI-2026-01")).contains(archive("shipshape.jsa"))
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(start("documents", "--shipment", "MLI-2026-01", "-o", "pack")).contains("-XX:TieredStopAtLevel=1");
        assertThat(start("export", "--shipment", "MLI-2026-01", "--format", "xlsx")).contains("-XX:TieredStopAtLevel=1");
        assertThat(start("--db", "w.db", "plan", "--shipment", "MLI-2026-01")).contains(archive("shipshape.jsa"))
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(start("--db", "w.db")).doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(start("--db", "w.db", "import", "items", "f.csv")).contains(archive("shipshape.jsa"))
                .contains("-XX:TieredStopAtLevel=1");
        assertThat(start()).contains(archive("shipshape.jsa"));
        assertThat(start("--version")).noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void withoutTheSmallCommandsArchiveTheyTakeTheWholeOneAndWithoutEitherTheRuntimes() throws Exception {
        Files.writeString(app.resolve("shipshape.jsa"), "all");
        assertThat(start("categories")).contains(archive("shipshape.jsa"));

        Files.delete(app.resolve("shipshape.jsa"));
        assertThat(start("categories")).noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"))
                .contains("org.shipshape.Launcher", "categories");
    }

    @Test
    void makingTheArchivesDumpsOneForEachShippedClassListAndRenamesIt() throws Exception {
        Files.writeString(app.resolve("shipshape.classlist"), "java/lang/Object\n");
        Files.writeString(app.resolve("shipshape-short.classlist"), "java/lang/Object\n");

        List<String> arguments = start(Map.of("SHIPSHAPE_MAKE_CDS_ARCHIVE", "1"));

        assertThat(arguments).filteredOn(argument -> argument.equals("-Xshare:dump")).hasSize(2);
        assertThat(arguments).contains("-XX:SharedClassListFile=" + app.resolve("shipshape-short.classlist"),
                "-XX:SharedArchiveFile=" + app.resolve("shipshape-short.jsa.new"));
        assertThat(app.resolve("shipshape.jsa")).hasContent("dumped");
        assertThat(app.resolve("shipshape-short.jsa")).hasContent("dumped");
        assertThat(app.resolve("shipshape-short.jsa.new")).doesNotExist();
    }

    @Test
    void anInstallationWithoutTheSmallCommandsListMakesTheWholeArchiveOnly() throws Exception {
        Files.writeString(app.resolve("shipshape.classlist"), "java/lang/Object\n");

        start(Map.of("SHIPSHAPE_MAKE_CDS_ARCHIVE", "1"));

        assertThat(app.resolve("shipshape.jsa")).hasContent("dumped");
        assertThat(app.resolve("shipshape-short.jsa")).doesNotExist();
    }

    private String archive(String name) {
        return "-XX:SharedArchiveFile=" + app.resolve(name);
    }

    private List<String> start(String... arguments) throws Exception {
        return start(Map.of(), arguments);
    }

    /** The arguments the runtime's java was started with, by one start of the script. */
    private List<String> start(Map<String, String> environment, String... arguments) throws Exception {
        Files.deleteIfExists(recorded);
        List<String> command = new ArrayList<>(List.of("bash", image.resolve("bin/shipshape").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(image.resolve("out.txt").toFile());
        builder.environment().remove("SHIPSHAPE_MAKE_CDS_ARCHIVE");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(image.resolve("out.txt"))).isZero();
        return Files.readAllLines(recorded, StandardCharsets.UTF_8);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
