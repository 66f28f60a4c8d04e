package org.shipshape.cli;

import org.shipshape.cli.app.ShipshapeCommand;
import org.shipshape.cli.common.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine;

class IntakeCommandsTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = ShipshapeCommand.commandLine(options -> {
            throw new AssertionError("no window in tests");
        });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("cli.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return commandLine.execute(all);
    }

    private long items() {
        try (Workspace workspace = Workspace.open(dir.resolve("cli.db"), true, "reader")) {
            return workspace.counts().items();
        }
    }

    @Test
    void categoriesAsCsvStartWithTheExactHeader() {
        assertThat(run("categories", "--format", "csv")).isEqualTo(ExitCode.DONE);
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("name,hs_code,unit");
        assertThat(lines).contains("Towels,6302.60,pcs", "\"Blankets, cotton\",6301.30,pcs");
    }

    @Test
    void categoriesAsTableAreAligned() {
        assertThat(run("categories")).isEqualTo(ExitCode.DONE);
        assertThat(out.toString()).containsPattern("(?m)^Towels\\s+6302\\.60\\s+pcs$");
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertThat(run("categories", "--format", "pdf")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void validItemFileIsImportedAndTheSameFileAgainIsRefusedUnlessAllowed() throws Exception {
        Path csv = dir.resolve("items.csv");
        Files.writeString(csv, "donor,received_on,category,description,quantity,condition\n"
                + "Anna,2026-02-01,Books,atlas,1,new\nAnna,2026-02-01,Towels,towels,4,used-good\n",
                StandardCharsets.UTF_8);
        assertThat(run("import", "items", csv.toString())).isEqualTo(ExitCode.DONE);
        assertThat(out.toString()).contains("Imported 2 items from items.csv (1 new donor).");
        assertThat(run("import", "items", csv.toString())).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("items.csv: this file was already imported").contains("--allow-duplicate");
        assertThat(items()).isEqualTo(2);
        assertThat(run("import", "items", csv.toString(), "--allow-duplicate")).isEqualTo(ExitCode.DONE);
        assertThat(items()).isEqualTo(4);
    }

    @Test
    void fileWithProblemsExitsWithOneAndWritesNothing() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "donor,received_on,category,description,quantity,condition\n"
                + "Anna,2026-02-01,Bookz,atlas,1,new\n", StandardCharsets.UTF_8);
        assertThat(run("import", "items", csv.toString())).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("bad.csv:2: category: unknown category \"Bookz\"; did you mean \"Books\"")
                .contains("nothing was imported");
        assertThat(items()).isZero();
    }

    @Test
    void donorsAreImported() throws Exception {
        Path csv = dir.resolve("donors.csv");
        Files.writeString(csv, "name,kind\nAnna,individual\nSt Paul,church\n", StandardCharsets.UTF_8);
        assertThat(run("import", "donors", csv.toString())).isEqualTo(ExitCode.DONE);
        assertThat(out.toString()).contains("Imported 2 donors from donors.csv.");
    }

    @Test
    void importWithoutKindOrFileIsAUsageError() {
        assertThat(run("import")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("donors").contains("items");
        assertThat(run("import", "items")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void missingFileIsRejected() {
        assertThat(run("import", "items", dir.resolve("nope.csv").toString())).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString()).contains("there is no such file");
    }
}
