package org.shipshape.model.safety;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One backup file in the backups folder.
 *
 * @param file      where it is
 * @param kind      why it was taken
 * @param takenAt   local date and time it was taken (from its name)
 * @param sizeBytes its size on disk
 */
public record BackupEntry(Path file, BackupKind kind, LocalDateTime takenAt, long sizeBytes) {
}
