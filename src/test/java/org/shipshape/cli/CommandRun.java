package org.shipshape.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.cli.app.ShipshapeCommand;
import picocli.CommandLine;

/** One run of {@code shipshape --db FILE --user Ana ...} in a test: its exit code and what it printed. */
record CommandRun(int exitCode, String out, String err) {
    static CommandRun of(Path database, String... args) {
        CommandLine commandLine = ShipshapeCommand.commandLine(options -> {
            throw new AssertionError("no window in tests");
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--db", database.toString(), "--user", "Ana"));
        all.addAll(List.of(args));
        int code = commandLine.execute(all.toArray(String[]::new));
        return new CommandRun(code, out.toString(), err.toString());
    }
}
