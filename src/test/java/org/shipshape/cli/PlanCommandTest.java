package org.shipshape.cli;

import org.shipshape.cli.planning.PlanCommand;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlanCommandTest {
    private static final Path BR1 = bundledBr1();

    private static Path bundledBr1() {
        try {
            return Path.of(java.util.Objects.requireNonNull(
                    org.shipshape.logic.planning.InstanceEvaluation.class.getResource("BR1.txt"), "BR1.txt").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new PlanCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void plansOneProblemAndWritesItsPlacements(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("placements.csv");

        int exit = run("--instances", BR1.toString(), "--problems", "1", "--time-limit", "0.5", "--placements",
                csv.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("mean BR1 (1 problems)").containsPattern("\\s+1\\s+\\d+/112\\s+\\d+\\.\\d\\d");
        var lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("instance,box_type,x,y,z,dx,dy,dz");
        assertThat(lines.get(1)).matches("BR1-1,[123],\\d+,\\d+,\\d+,\\d+,\\d+,\\d+");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(csv);
        }
    }

    @Test
    void missingFileIsRejectedInput(@TempDir Path dir) {
        assertThat(run("--instances", dir.resolve("none.txt").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("none.txt");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("--instances", "x.txt", "--support", "some")).isEqualTo(2);
        assertThat(run("--instances", "x.txt", "--problems", "9-3")).isEqualTo(2);
        assertThat(run("--problems", "1-3")).isEqualTo(2);
    }
}
