package org.shipshape.gui.safety;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;

/**
 * The File menu's "Back up now to..." and "Restore from backup..." items. A restore replaces the open database,
 * so the window hands in what to do with the chosen backup (close, restore, reopen, rebuild). On a server the one
 * item is "Back up now with pg_dump to...": restoring a server database is its administrator's job (pg_restore),
 * not a station's (docs/decisions/0016).
 */
public final class BackupMenu {
    private final GuiContext context;
    private final BackupViewModel viewModel;
    private final Consumer<Path> restore;
    private final Messages text = Messages.of(BackupMenu.class);

    /** @param restore restores the given, already confirmed backup file into the open database */
    public BackupMenu(GuiContext context, Consumer<Path> restore) {
        this.context = context;
        this.viewModel = new BackupViewModel(context);
        this.restore = restore;
    }

    public List<MenuItem> items() {
        if (viewModel.isOnServer()) {
            MenuItem dump = new MenuItem(text.get("menu.dumpNow"), new FontIcon("mdi2c-content-save-move-outline"));
            dump.setId("menu-back-up-now");
            dump.setOnAction(e -> onDumpNow());
            return List.of(dump);
        }
        MenuItem backUp = new MenuItem(text.get("menu.backUpNow"), new FontIcon("mdi2c-content-save-move-outline"));
        backUp.setId("menu-back-up-now");
        backUp.setOnAction(e -> onBackUpNow());
        MenuItem restoreItem = new MenuItem(text.get("menu.restore"), new FontIcon("mdi2b-backup-restore"));
        restoreItem.setId("menu-restore");
        restoreItem.setDisable(viewModel.isReadOnly());
        restoreItem.setOnAction(e -> onRestore());
        return List.of(backUp, restoreItem);
    }

    private void onBackUpNow() {
        context.dialogs().chooseFileToSave(text.get("backup.chooseTitle"), viewModel.suggestedBackupName(),
                text.get("backup.filter"), "db")
                .ifPresent(target -> viewModel.backUpTo(target,
                        message -> context.dialogs().showInformation(text.get("backup.title"), message)));
    }

    private void onDumpNow() {
        context.dialogs().chooseFileToSave(text.get("dump.chooseTitle"), viewModel.suggestedDumpName(),
                text.get("dump.filter"), "dump")
                .ifPresent(target -> viewModel.dumpTo(target,
                        message -> context.dialogs().showInformation(text.get("backup.title"), message)));
    }

    private void onRestore() {
        viewModel.load();
        Optional<Path> chosen = new RestoreDialog(viewModel, text, () -> context.dialogs().chooseFileToOpen(
                text.get("restore.chooseTitle"), text.get("backup.filter"), "db")).showAndWait();
        chosen.filter(this::confirmed).ifPresent(restore);
    }

    private boolean confirmed(Path backup) {
        return context.dialogs().confirm(text.get("restore.confirmTitle"),
                text.get("restore.confirmText", context.workspace().file(), backup),
                text.get("restore.confirmAction"), text.get("restore.keep"));
    }
}
