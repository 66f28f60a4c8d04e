package org.shipshape.cli.safety;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.cli.common.Sizes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.shipshape.logic.safety.BackupService;
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

/** {@code shipshape backup [-o FILE]}: an online, checked backup of the database. */
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
