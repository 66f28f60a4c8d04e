package org.shipshape.model.safety;

import java.time.Instant;

/**
 * The Shipshape that holds a database for writing, as written in its lock file.
 *
 * @param user  the operating-system user (or volunteer) who started it
 * @param host  the computer it runs on
 * @param pid   its process id
 * @param since when it took the lock; null when the lock file could not be read
 */
public record LockHolder(String user, String host, long pid, Instant since) {
}
