package org.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shipshape.cli.app.ShipshapeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Only the command a run names is built; the window, --version and the help build what they need. */
class CommandSelectionTest {
    @Command(name = "extra", description = "A command the caller adds.")
    static final class ExtraCommand implements Runnable {
        @Override
        public void run() {
        }
    }

    private static CommandLine forArgs(String... args) {
        return ShipshapeCommand.commandLine(args, options -> { }, Map.of("extra", ExtraCommand.class));
    }

    @Test
    void aCommandRunBuildsOnlyThatCommand() {
        assertThat(forArgs("categories").getSubcommands()).containsOnlyKeys("categories");
        assertThat(forArgs("--db", "shipment", "shipment", "list").getSubcommands()).containsOnlyKeys("shipment");
        assertThat(forArgs("--db=x.db", "--read-only", "extra").getSubcommands()).containsOnlyKeys("extra");
    }

    @Test
    void theWindowAndTheVersionBuildNoCommand() {
        assertThat(forArgs().getSubcommands()).isEmpty();
        assertThat(forArgs("--db", "x.db", "--user", "Ana").getSubcommands()).isEmpty();
        assertThat(forArgs("--version").getSubcommands()).isEmpty();
    }

    @Test
    void helpListsEveryCommandIncludingTheAddedOnes() {
        CommandLine commandLine = forArgs("--help");
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));

        assertThat(commandLine.execute("--help")).isZero();
        assertThat(out.toString()).contains("sample-data", "categories", "shipment", "documents", "plan", "extra");
        assertThat(commandLine.getSubcommands()).hasSize(ShipshapeCommand.commandLine(options -> { })
                .getSubcommands().size() + 1);
    }

    @Test
    void aCommandsHelpGivesItsOwnDescriptionAndOptionsWhenOnlyThatCommandIsBuilt() {
        CommandLine commandLine = forArgs("categories", "--help");
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));

        assertThat(commandLine.execute("categories", "--help")).isZero();
        assertThat(out.toString())
                .contains("List the categories of goods")
                .contains("table (aligned columns, default)")
                .doesNotContain("for charities");
    }

    @Test
    void aMistypedCommandStillGetsTheUsualUsageError() {
        CommandLine commandLine = forArgs("catgories");
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));

        assertThat(commandLine.execute("catgories")).isEqualTo(2);
        assertThat(err.toString()).contains("catgories").contains("shipshape --help");
    }
}
