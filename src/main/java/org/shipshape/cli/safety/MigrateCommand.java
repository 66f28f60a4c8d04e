package org.shipshape.cli.safety;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.cli.common.RootOptions;
import org.shipshape.logic.safety.ServerMigration;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.safety.TableChecksum;
import org.shipshape.model.safety.TableComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shipshape --db FILE migrate --to postgresql://user@host/db [--verify-only]}: copies the warehouse in the file
 * onto an empty server database and prints, per table, the rows and checksums on both sides; exit code 1 when any
 * table differs. The file is opened read-only.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true)
public final class MigrateCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", paramLabel = "ADDRESS", required = true)
    private String target;

    @Option(names = "--verify-only")
    private boolean verifyOnly;

    @Override
    public Integer call() {
        Catalogue text = root.text();
        List<TableComparison> comparisons;
        try (Workspace source = root.openWorkspaceReadOnly()) {
            comparisons = verifyOnly ? ServerMigration.compare(source, target, Progress.NONE)
                    : ServerMigration.migrate(source, target, Progress.NONE);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text.text("MigrateCommand.column.table"), text.text("MigrateCommand.column.fileRows"),
                text.text("MigrateCommand.column.serverRows"), text.text("MigrateCommand.column.fileChecksum"),
                text.text("MigrateCommand.column.serverChecksum"), ""});
        for (TableComparison comparison : comparisons) {
            rows.add(new String[] {comparison.table(), rowsOf(comparison.file()), rowsOf(comparison.server()),
                    checksumOf(comparison.file()), checksumOf(comparison.server()),
                    text.text(comparison.matches() ? "MigrateCommand.same" : "MigrateCommand.different")});
        }
        printTable(out, rows);
        boolean whole = ServerMigration.allMatch(comparisons);
        long different = comparisons.stream().filter(c -> !c.matches()).count();
        out.println(whole ? text.text(verifyOnly ? "MigrateCommand.verified" : "MigrateCommand.copied", target,
                comparisons.size()) : text.text("MigrateCommand.mismatch", target, different));
        out.flush();
        return whole ? ExitCode.DONE : ExitCode.REJECTED;
    }

    private static String rowsOf(TableChecksum sum) {
        return sum == null ? "-" : Long.toString(sum.rows());
    }

    private static String checksumOf(TableChecksum sum) {
        return sum == null ? "-" : sum.shortChecksum();
    }

    /** Left-aligned names, right-aligned counts, columns as wide as their widest cell. */
    private static void printTable(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean count = i == 1 || i == 2;
                String cell = row[i];
                String padding = " ".repeat(widths[i] - cell.length());
                line.append(count ? padding + cell : cell + padding).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
