package org.shipshape.store.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.shipshape.model.safety.BackupEntry;
import org.shipshape.model.safety.BackupKind;
import org.shipshape.store.db.BackupNaming;
import org.shipshape.store.db.StoreException;

/** The backups of one database in the {@code backups/} folder beside it. */
public final class BackupFolder {
    private BackupFolder() {
    }

    /** The database's backups, newest first; files of other databases and foreign files are left out. */
    public static List<BackupEntry> list(Path database) {
        Path folder = BackupNaming.folderOf(database);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String stem = BackupNaming.stem(database);
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> parse(file, stem)).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupEntry::takenAt).thenComparing(e -> e.file().toString())
                            .reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException("The backups folder " + folder + " could not be read: " + e.getMessage(), e);
        }
    }

    static Optional<BackupEntry> parse(Path file, String stem) {
        Matcher m = BackupNaming.NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !m.group("stem").equals(stem) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<BackupKind> kind = BackupKind.fromLabel(m.group("label"));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDateTime takenAt = LocalDateTime.parse(m.group("stamp"), BackupNaming.STAMP);
            return Optional.of(new BackupEntry(file, kind.get(), takenAt, Files.size(file)));
        } catch (IOException | java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The newest backup that passes {@code integrity_check}, checking from the newest down. */
    public static Optional<BackupEntry> latestGood(Path database) {
        return list(database).stream().filter(e -> SqliteBackup.check(e.file()).ok()).findFirst();
    }
}
