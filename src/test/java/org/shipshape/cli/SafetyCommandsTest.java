package org.shipshape.cli;

import org.shipshape.cli.app.ShipshapeCommand;
import org.shipshape.cli.common.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.safety.ChildJvm;
import org.shipshape.logic.safety.LockHolderChild;
import org.shipshape.logic.safety.SafetyFixtures;
import org.shipshape.logic.safety.SmallDisk;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine;

/** {@code shipshape backup}, {@code restore} and {@code verify}, and how the command line meets a busy or damaged file. */
class SafetyCommandsTest {
    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ShipshapeCommand.commandLine(options -> {
            throw new AssertionError("no window in tests");
        });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path databaseWithPackages(String name, int packages) {
        Path file = folder.resolve(name);
        try (Workspace workspace = Workspace.open(file, false, "test")) {
            SafetyFixtures.fill(workspace, packages);
        }
        return file;
    }

    @Test
    void backupWritesACheckedBackupIntoTheBackupsFolderOrTheGivenFile() {
        Path file = databaseWithPackages("shipshape.db", 3);
        Run intoFolder = run("--db", file.toString(), "backup");
        assertThat(intoFolder.exitCode()).isZero();
        assertThat(intoFolder.out()).startsWith("Backup written to " + folder.resolve("backups"))
                .contains("and checked: sound.");

        Path usb = folder.resolve("usb-copy.db");
        Run elsewhere = run("--db", file.toString(), "backup", "-o", usb.toString());
        assertThat(elsewhere.exitCode()).isZero();
        assertThat(elsewhere.out()).contains(usb.toString());
        assertThat(usb).exists();
    }

    @Test
    void verifyReportsASoundDatabaseAndExitsOneWithASentenceWhenReferencesAreBroken() throws Exception {
        Path file = databaseWithPackages("shipshape.db", 2);
        Run sound = run("--db", file.toString(), "verify");
        assertThat(sound.exitCode()).isZero();
        assertThat(sound.out()).contains("is sound");

        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = raw.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("UPDATE content_line SET parcel_id = 99999 WHERE id = (SELECT min(id) FROM content_line)");
        }
        Run broken = run("--db", file.toString(), "verify");
        assertThat(broken.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(broken.err()).startsWith("The database " + file + " has problems;")
                .contains("table content_line row");
    }

    @Test
    void aDatabaseInUseEndsWithExitThreeNamingTheHolderWhileReadingStillWorks() throws Exception {
        Path file = databaseWithPackages("shared.db", 1);
        try (ChildJvm holder = ChildJvm.start(LockHolderChild.class, file.toString())) {
            assertThat(holder.awaitLine("READY", 60_000)).isTrue();

            Run refused = run("--db", file.toString(), "backup");
            assertThat(refused.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
            assertThat(refused.err().strip()).matches("shared\\.db is in use by Ana on .+ since .+ \\(pid "
                    + holder.pid() + "\\); close that Shipshape or use --read-only\\.");

            assertThat(run("--db", file.toString(), "--read-only", "verify").exitCode()).isZero();
            assertThat(run("--db", file.toString(), "categories").exitCode()).as("commands that only read open read-only")
                    .isZero();
            assertThat(run("--db", file.toString(), "shipment", "list").out()).contains("FIX-");
            assertThat(run("--db", file.toString(), "backup", "-o", folder.resolve("copy.db").toString())
                    .exitCode()).isZero();
            holder.send("write");
            assertThat(holder.awaitLine("WROTE 1", 30_000)).as("the holder keeps working").isTrue();
        }
    }

    @Test
    void aDamagedDatabaseEndsWithExitThreeAndTheSentenceNamesTheRestoreToRun() throws Exception {
        Path file = databaseWithPackages("shipshape.db", 40);
        assertThat(run("--db", file.toString(), "backup").exitCode()).isZero();
        byte[] garbage = new byte[(int) Files.size(file)];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(file, garbage);

        Run damaged = run("--db", file.toString(), "verify");
        assertThat(damaged.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        Run opened = run("--db", file.toString(), "backup");
        assertThat(opened.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(opened.err().lines().count()).isEqualTo(1);
        assertThat(opened.err()).contains("nothing was changed");
        assertThat(Files.readAllBytes(file)).as("left exactly as it was").isEqualTo(garbage);
        assertThat(folder.resolve("damaged")).doesNotExist();

        Run restore = run(suggestedCommand(opened.err()));
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("Restored " + file).contains("moved untouched to");
        try (var moved = Files.list(folder.resolve("damaged"))) {
            assertThat(Files.readAllBytes(moved.findFirst().orElseThrow().resolve("shipshape.db"))).isEqualTo(garbage);
        }
        try (Workspace restored = Workspace.open(file, false, "test")) {
            assertThat(restored.counts().packages()).isEqualTo(40);
        }
    }

    @Test
    void aTypoInDbNamingATextFileEndsWithExitThreeAndChangesNothing() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "call the forwarder on Monday\n");
        Run typo = run("--db", notes.toString(), "categories");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(typo.err()).contains("is not a Shipshape database").contains("nothing was changed");
        assertThat(notes).hasContent("call the forwarder on Monday");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(notes);
        }
    }

    @Test
    void noCommandLeavesALockFileBehind() throws Exception {
        Path file = databaseWithPackages("shipshape.db", 2);
        for (String[] command : List.of(new String[] {"categories"}, new String[] {"backup"},
                new String[] {"verify"}, new String[] {"shipment", "list"}, new String[] {"check", "--shipment", "NONE"})) {
            List<String> args = new ArrayList<>(List.of("--db", file.toString()));
            args.addAll(List.of(command));
            run(args.toArray(String[]::new));
            assertThat(folder.resolve("shipshape.db.lock")).as(String.join(" ", command)).doesNotExist();
        }
    }

    @Test
    void aBackupOntoAFullDiskNamesThatDiskAndLeavesNoPartialFile() throws Exception {
        Path file = databaseWithPackages("shipshape.db", 30);
        try (SmallDisk usb = SmallDisk.mount(folder.resolve("usb"), 256)) {
            usb.fill();
            Run full = run("--db", file.toString(), "backup", "-o", usb.folder().resolve("copy.db").toString());
            assertThat(full.exitCode()).isEqualTo(ExitCode.REJECTED);
            assertThat(full.err()).contains("The disk holding " + usb.folder() + " is full")
                    .doesNotContain("The disk holding " + file);
            try (var left = Files.list(usb.folder())) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly("filler.bin");
            }
        }
    }

    @Test
    void aDamagedBackupIsNotRestored() throws Exception {
        Path file = databaseWithPackages("shipshape.db", 1);
        Path notABackup = Files.writeString(folder.resolve("holiday-photos.db"), "JFIF....");
        Run refused = run("--db", file.toString(), "restore", notABackup.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(refused.err()).contains("cannot be restored").contains("Choose another backup");
        assertThat(run("--db", file.toString(), "verify").exitCode()).isZero();
    }

    /** The arguments of "shipshape --db "X" restore "Y"" at the end of the error sentence. */
    private static String[] suggestedCommand(String sentence) {
        Matcher m = Pattern.compile("with: shipshape(.*)$").matcher(sentence.strip());
        assertThat(m.find()).as(sentence).isTrue();
        List<String> args = new ArrayList<>();
        Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(m.group(1));
        while (token.find()) {
            args.add(token.group(1) != null ? token.group(1) : token.group(2));
        }
        return args.toArray(String[]::new);
    }
}
