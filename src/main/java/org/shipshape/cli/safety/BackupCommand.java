package org.shipshape.cli.safety;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.cli.common.Sizes;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.shipshape.logic.safety.BackupService;
import org.shipshape.logic.safety.ServerBackup;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.safety.BackupCheck;
import org.shipshape.model.safety.BackupEntry;
import org.shipshape.model.safety.BackupKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shipshape backup [-o FILE]}: an online, checked backup of the database; for a database on a server, a dump
 * written by PostgreSQL's pg_dump.
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    private RootOptions root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    private Path output;

    @Override
    public Integer call() throws Exception {
        // A copy to another file writes nothing beside the database, so it works read-only (and while another
        // Shipshape holds the database); a backup into the backups folder needs the writer lock.
        try (Workspace workspace = output != null ? root.openWorkspaceReadOnly() : root.openWorkspace()) {
            if (workspace.isOnServer()) {
                ServerBackup.Result dump = ServerBackup.dump(workspace, output, System.getenv());
                Catalogue text = root.text();
                PrintWriter out = spec.commandLine().getOut();
                out.println(text.text("BackupCommand.serverWritten", workspace.location(), dump.file().toString(),
                        Sizes.readable(dump.bytes(), text)));
                out.println(dump.tablesWithData() < 0 ? text.text("BackupCommand.serverNotChecked")
                        : text.text("BackupCommand.serverChecked", dump.tablesWithData()));
                out.flush();
                return ExitCode.DONE;
            }
            BackupService backups = new BackupService(workspace);
            if (output != null) {
                BackupCheck check = backups.backupTo(output);
                print(output.toAbsolutePath().normalize(), Files.size(output), check);
            } else {
                BackupEntry entry = backups.backup(BackupKind.MANUAL);
                print(entry.file(), entry.sizeBytes(), BackupService.check(entry.file()));
            }
        }
        return ExitCode.DONE;
    }

    private void print(Path file, long size, BackupCheck check) {
        Catalogue text = root.text();
        spec.commandLine().getOut().println(check.ok()
                ? text.text("BackupCommand.written", file.toString(), Sizes.readable(size, text))
                : text.text("BackupCommand.writtenWithProblems", file.toString(), Sizes.readable(size, text),
                        String.join("; ", check.findings())));
        spec.commandLine().getOut().flush();
    }
}
