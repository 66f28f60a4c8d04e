package org.shipshape.cli;

import org.shipshape.cli.app.ShipshapeCommand;
import org.shipshape.cli.common.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SampleDataCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = ShipshapeCommand.commandLine(options -> {
            throw new AssertionError("no window in command tests");
        });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void loadsTheSampleWarehouseAndPrintsTheCounts() {
        int code = run("--db", folder.resolve("s.db").toString(), "--user", "Test", "sample-data");

        assertThat(code).isEqualTo(ExitCode.DONE);
        assertThat(out.toString()).contains("30 donors, 300 items, 120 packages, 3 shipments");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aSecondRunIsRejectedWithOneSentenceAndHowToStartAFreshFile() {
        String db = folder.resolve("s.db").toString();
        run("--db", db, "sample-data");
        err.getBuffer().setLength(0);

        int code = run("--db", db, "sample-data");

        assertThat(code).isEqualTo(ExitCode.REJECTED);
        assertThat(err.toString().strip().lines()).hasSize(2)
                .satisfiesExactly(refusal -> assertThat(refusal).contains("empty database").endsWith("."),
                        hint -> assertThat(hint).endsWith("shipshape --db sample.db sample-data"));
    }

    @Test
    void aSeedWithoutLargeIsAUsageError() {
        int code = run("--db", folder.resolve("s.db").toString(), "sample-data", "--seed", "3");

        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--seed");
    }
}
