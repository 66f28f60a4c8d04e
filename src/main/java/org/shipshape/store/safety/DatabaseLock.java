package org.shipshape.store.safety;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.shipshape.model.safety.LockHolder;

/**
 * One writer per database: a lock file beside it ({@code shipshape.db.lock}) that names the holder, held with an
 * operating-system lock for as long as the process keeps the database open. The operating system drops the lock
 * when the process ends in any way (even killed), so a crash never leaves the database locked; the text left in
 * the file then is stale and ignored. The file itself is never deleted: deleting it would let two processes lock
 * two different files of the same name.
 *
 * <p>Within one process the lock is shared: opening the same database twice in one app (a restore that reopens
 * it, a test) counts holders and releases the lock with the last one.
 */
public final class DatabaseLock implements AutoCloseable {
    /**
     * The locked byte lies far beyond the text, because Windows locks are mandatory: a locked region cannot be
     * read by others, and the second Shipshape must be able to read who holds the database.
     */
    private static final long LOCKED_POSITION = 1L << 40;
    private static final Map<Path, Held> HELD_IN_THIS_PROCESS = new HashMap<>();

    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int holders;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    private final Path lockFile;
    private boolean released;

    private DatabaseLock(Path lockFile) {
        this.lockFile = lockFile;
    }

    public static Path lockFileOf(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock for writing the database.
     *
     * @param user who is working, written into the lock file for a second Shipshape to show
     * @throws DatabaseInUseException when another process holds it
     * @throws IOException            when the lock file cannot be created (the folder is not writable)
     */
    public static DatabaseLock acquire(Path database, String user) throws IOException {
        Path lockFile = lockFileOf(database);
        synchronized (HELD_IN_THIS_PROCESS) {
            Held held = HELD_IN_THIS_PROCESS.get(lockFile);
            if (held == null) {
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock(LOCKED_POSITION, 1, false);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                if (lock == null) {
                    channel.close();
                    throw new DatabaseInUseException(database, readHolder(lockFile));
                }
                held = new Held(channel, lock);
                writeHolder(channel, user);
                HELD_IN_THIS_PROCESS.put(lockFile, held);
            }
            held.holders++;
        }
        return new DatabaseLock(lockFile);
    }

    private static void writeHolder(FileChannel channel, String user) throws IOException {
        String text = "# Shipshape has this database open for writing.\n"
                + "user=" + oneLine(user) + "\n"
                + "host=" + oneLine(hostName()) + "\n"
                + "pid=" + ProcessHandle.current().pid() + "\n"
                + "since=" + Instant.now() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    }

    /** Looked up once per process: a badly configured name lookup can take seconds. */
    static String hostName() {
        String name = hostName;
        if (name == null) {
            name = lookUpHostName();
            hostName = name;
        }
        return name;
    }

    private static volatile String hostName;

    private static String lookUpHostName() {
        String fromEnvironment = System.getenv("COMPUTERNAME");
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            fromEnvironment = System.getenv("HOSTNAME");
        }
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this computer";
        }
    }

    /** Who holds the lock, as far as the file says; unknown parts stay empty (the holder may be mid-write). */
    static LockHolder readHolder(Path lockFile) {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(lockFile, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return new LockHolder("", "", 0, null);
        }
        long pid;
        try {
            pid = Long.parseLong(properties.getProperty("pid", "0").trim());
        } catch (NumberFormatException e) {
            pid = 0;
        }
        Instant since;
        try {
            since = Instant.parse(properties.getProperty("since", "").trim());
        } catch (DateTimeParseException e) {
            since = null;
        }
        return new LockHolder(properties.getProperty("user", "").trim(), properties.getProperty("host", "").trim(),
                pid, since);
    }

    public Path file() {
        return lockFile;
    }

    /** Releases this holder's share; the last one in the process releases the operating-system lock. */
    @Override
    public void close() throws IOException {
        synchronized (HELD_IN_THIS_PROCESS) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD_IN_THIS_PROCESS.get(lockFile);
            if (held == null || --held.holders > 0) {
                return;
            }
            HELD_IN_THIS_PROCESS.remove(lockFile);
            try {
                held.channel.truncate(0);
                held.lock.release();
            } finally {
                held.channel.close();
            }
        }
    }
}
