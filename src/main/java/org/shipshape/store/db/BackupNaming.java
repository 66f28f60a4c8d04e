package org.shipshape.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Where backups of a database go and how they are named: {@code backups/<stem>-<label>-<yyyyMMdd-HHmmss>.db}
 * beside the database, for example {@code backups/shipshape-daily-20260314-091500.db}. The stem keeps the
 * backups of two databases in one folder apart; the time stamp (local time) sorts and dates them.
 */
public final class BackupNaming {
    public static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    public static final Pattern NAME = Pattern.compile(
            "(?<stem>.+)-(?<label>start|daily|exit|manual|before-migration-v\\d+|before-restore)"
                    + "-(?<stamp>\\d{8}-\\d{6})(?:-(?<counter>\\d+))?\\.db");

    private BackupNaming() {
    }

    public static Path folderOf(Path database) {
        return database.toAbsolutePath().normalize().resolveSibling("backups");
    }

    /** The database's file name without its extension: {@code shipshape} for {@code shipshape.db}. */
    public static String stem(Path database) {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * A fresh name for a backup in the (created, owner-only) backups folder; never the name of an existing file,
     * so no backup is ever overwritten by another taken in the same second.
     */
    public static Path newTarget(Path database, String label, LocalDateTime at) throws IOException {
        Path folder = folderOf(database);
        AtomicFiles.createPrivateDirectories(folder);
        String base = stem(database) + "-" + label + "-" + at.format(STAMP);
        Path target = folder.resolve(base + ".db");
        for (int counter = 2; Files.exists(target); counter++) {
            target = folder.resolve(base + "-" + counter + ".db");
        }
        return target;
    }
}
