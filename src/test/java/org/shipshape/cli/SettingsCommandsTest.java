package org.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.logic.settings.SettingsService;
import org.shipshape.logic.settings.TestLogos;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.audit.AuditEntry;

/**
 * Issue 12 on the command line: settings checked where they are set, kept through a restart and a backup/restore
 * and written to the change log; box sizes, destination rules and phrases as a coordinator would script them.
 */
class SettingsCommandsTest {
    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(dir.resolve("hope.db"), args);
    }

    @Test
    void aBadValueIsRefusedWithWhatToDoAndNothingChanges() throws Exception {
        assertThat(run("settings", "set", "organisation.email", "coordination@hope.example.org").exitCode())
                .isEqualTo(ExitCode.DONE);

        CommandRun email = run("settings", "set", "organisation.email", "coordination@");
        assertThat(email.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(email.err()).contains("E-mail: \"coordination@\" is not an e-mail address; write it like");

        CommandRun eori = run("settings", "set", "organisation.eori", "12345");
        assertThat(eori.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(eori.err()).contains("EORI number: \"12345\" does not look like one");

        Path notAnImage = Files.writeString(dir.resolve("logo.png"), "not a picture", StandardCharsets.UTF_8);
        CommandRun text = run("settings", "set", "organisation.logo", notAnImage.toString());
        assertThat(text.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(text.err()).contains("Logo: logo.png is not a PNG or JPEG image");

        Path huge = dir.resolve("huge.png");
        Files.write(huge, new byte[3 * 1024 * 1024]);
        CommandRun tooLarge = run("settings", "set", "organisation.logo", huge.toString());
        assertThat(tooLarge.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(tooLarge.err()).contains("choose an image of at most 2 MB");

        assertThat(run("settings", "get", "organisation.email").out().trim())
                .isEqualTo("coordination@hope.example.org");
        assertThat(run("settings", "get", "organisation.eori").out().trim()).isEmpty();
        assertThat(run("settings", "get", "organisation.logo").out().trim()).isEmpty();
    }

    @Test
    void settingsSurviveARestartAndABackupRestoreAndAreInTheChangeLog() throws Exception {
        assertThat(run("settings", "set", "organisation.name", "Hope Across Borders").exitCode())
                .isEqualTo(ExitCode.DONE);
        assertThat(run("settings", "set", "organisation.address", "14 rue Pasteur", "69007 Lyon").exitCode())
                .isEqualTo(ExitCode.DONE);
        assertThat(run("settings", "set", "organisation.logo",
                TestLogos.png(dir.resolve("logo.png"), 120, 40).toString()).exitCode()).isEqualTo(ExitCode.DONE);
        Path backup = dir.resolve("backup.db");
        assertThat(run("backup", "-o", backup.toString()).exitCode()).isEqualTo(ExitCode.DONE);

        assertThat(run("settings", "set", "organisation.name", "Someone else").exitCode()).isEqualTo(ExitCode.DONE);
        try (Workspace reopened = Workspace.open(dir.resolve("hope.db"), true, "reader")) {
            SettingsService settings = new SettingsService(reopened);
            assertThat(settings.organisation().name()).isEqualTo("Someone else");
            AuditEntry last = settings.lastChange().orElseThrow();
            assertThat(last.user()).isEqualTo("Ana");
            assertThat(last.at()).isNotNull();
        }

        assertThat(run("restore", backup.toString()).exitCode()).isEqualTo(ExitCode.DONE);
        CommandRun list = run("settings", "list");
        assertThat(list.out()).containsPattern("organisation.name\\s+= Hope Across Borders")
                .containsPattern("organisation.address\\s+= 14 rue Pasteur \\| 69007 Lyon")
                .containsPattern("organisation.logo\\s+= PNG, \\d+ bytes");
    }

    @Test
    void boxSizesAreAddedRetiredAndDeletedFromTheCommandLine() {
        assertThat(run("box-sizes", "add", "XL", "--name", "Extra large box", "--size", "100x60x60").exitCode())
                .isEqualTo(ExitCode.DONE);
        assertThat(run("box-sizes", "list").out()).contains("XL  Extra large box  100 x 60 x 60 cm");
        assertThat(run("box-sizes", "retire", "XL").exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run("box-sizes", "list").out()).doesNotContain("XL");
        assertThat(run("box-sizes", "list", "--all").out()).contains("XL", "retired");
        assertThat(run("box-sizes", "retire", "XL", "--undo").exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run("box-sizes", "delete", "XL").exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run("box-sizes", "list", "--all").out()).doesNotContain("XL");
    }

    @Test
    void rulesAreAddedByHsCodeListedAndRemoved() {
        CommandRun added = run("rules", "add", "--country", "ML", "--hs-code", "8418", "--severity", "block",
                "--explanation", "Used refrigerators are not admitted.");
        assertThat(added.exitCode()).as(added.err()).isEqualTo(ExitCode.DONE);
        String id = added.out().replaceAll("(?s).*Added rule (\\d+).*", "$1");
        assertThat(run("rules", "list", "--country", "ML").out()).contains("HS 8418", "Used refrigerators");
        assertThat(run("rules", "remove", "--country", "ML", id).exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run("rules", "list", "--country", "ML").out()).doesNotContain("Used refrigerators");
        assertThat(run("rules", "add", "--country", "ML", "--severity", "loud", "--explanation", "x").err())
                .contains("Severity: \"loud\" is not one; use block, warn or info.");
    }

    @Test
    void phrasesGoToACsvAndComeBack() throws Exception {
        Path csv = dir.resolve("phrases.csv");
        CommandRun exported = run("phrases", "export", csv.toString(), "--language", "fr");
        assertThat(exported.exitCode()).as(exported.err()).isEqualTo(ExitCode.DONE);
        String content = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", ""); // Excel's BOM
        assertThat(content.lines().findFirst().orElseThrow()).startsWith("key,language,english,text,checked");
        assertThat(content.lines().count()).isGreaterThan(5);
        CommandRun imported = run("phrases", "import", csv.toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCode.DONE);
        assertThat(imported.out()).contains("0 phrases added, 0 changed");
    }
}
