package org.shipshape.gui.safety;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.safety.BackupService;
import org.shipshape.logic.safety.ServerBackup;
import org.shipshape.model.safety.BackupCheck;
import org.shipshape.model.safety.BackupEntry;

/** State and commands behind "Back up now to..." and "Restore from backup...". */
public final class BackupViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One backup in the restore list; its check result arrives later, from the background. */
    public static final class Row {
        private final BackupEntry entry;
        private final ReadOnlyStringWrapper check = new ReadOnlyStringWrapper();
        private final BooleanProperty good = new SimpleBooleanProperty(false);

        Row(BackupEntry entry, String checking) {
            this.entry = entry;
            this.check.set(checking);
        }

        public BackupEntry entry() {
            return entry;
        }

        public String when() {
            return entry.takenAt().format(WHEN);
        }

        public String size() {
            return BackupSizes.readable(entry.sizeBytes());
        }

        public ReadOnlyStringProperty checkProperty() {
            return check.getReadOnlyProperty();
        }

        public boolean isGood() {
            return good.get();
        }
    }

    private final GuiContext context;
    private final Messages text = Messages.of(BackupMenu.class);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final BooleanBinding canRestore;

    public BackupViewModel(GuiContext context) {
        this.context = context;
        this.canRestore = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().good.get()
                && !context.workspace().isReadOnly(), selected);
    }

    public boolean isReadOnly() {
        return context.workspace().isReadOnly();
    }

    /** A warehouse on a server is backed up with pg_dump, and restored by its administrator. */
    public boolean isOnServer() {
        return context.workspace().isOnServer();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public BooleanBinding canRestoreProperty() {
        return canRestore;
    }

    public String suggestedBackupName() {
        return "shipshape-backup-" + LocalDate.now() + ".db";
    }

    public String suggestedDumpName() {
        return "shipshape-server-backup-" + LocalDate.now() + ".dump";
    }

    /** Lists the backups at once and checks each in the background, newest first. */
    public void load() {
        List<BackupEntry> entries = BackupService.list(context.workspace().file());
        rows.setAll(entries.stream().map(e -> new Row(e, text.get("restore.checking"))).toList());
        selected.set(rows.isEmpty() ? null : rows.get(0));
        List<Row> toCheck = List.copyOf(rows);
        context.tasks().execute(BackgroundTask.of(text.get("restore.checkingTitle"),
                progress -> toCheck.stream().map(r -> BackupService.check(r.entry.file())).toList())
                .onSuccess(checks -> showChecks(toCheck, checks)));
    }

    private void showChecks(List<Row> checked, List<BackupCheck> checks) {
        for (int i = 0; i < checked.size(); i++) {
            BackupCheck check = checks.get(i);
            checked.get(i).good.set(check.ok());
            checked.get(i).check.set(check.ok() ? text.get("restore.sound")
                    : text.get("restore.damaged", String.join("; ", check.findings())));
        }
        canRestore.invalidate();
        if (selected.get() != null && !selected.get().isGood()) {
            checked.stream().filter(Row::isGood).findFirst().ifPresent(selected::set);
        }
    }

    /** Writes a checked backup to the chosen file in the background and says where it went. */
    public void backUpTo(Path target, Consumer<String> done) {
        context.tasks().execute(BackgroundTask.of(text.get("backup.title"),
                progress -> new BackupService(context.workspace()).backupTo(target))
                .onSuccess(check -> done.accept(check.ok() ? text.get("backup.done", target)
                        : text.get("backup.damaged", target, String.join("; ", check.findings())))));
    }

    /** Writes a pg_dump backup of the server database to the chosen file in the background and says what it holds. */
    public void dumpTo(Path target, Consumer<String> done) {
        String location = context.workspace().location();
        context.tasks().execute(BackgroundTask.of(text.get("backup.title"),
                progress -> ServerBackup.dump(context.workspace(), target, System.getenv()))
                .onSuccess(dump -> done.accept(dump.tablesWithData() < 0
                        ? text.get("dump.doneNotChecked", location, dump.file(), BackupSizes.readable(dump.bytes()))
                        : text.get("dump.done", location, dump.file(), BackupSizes.readable(dump.bytes()),
                                dump.tablesWithData()))));
    }
}
