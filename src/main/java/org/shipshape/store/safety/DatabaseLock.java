package org.shipshape.store.safety;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.shipshape.model.safety.LockHolder;

/**
 * One writer per database: a lock file beside the real database file ({@code shipshape.db.lock}) that names the
 * holder, held with an operating-system lock for as long as the process keeps the database open. The lock is
 * keyed on the file's identity ({@link DatabaseFiles#identity}), so a symbolic link or a second path to the same
 * file meets the same lock. The operating system drops the lock when the process ends in any way (even killed),
 * so a crash never leaves the database locked; the text left in the file then is stale and ignored.
 *
 * <p>The holder deletes the file when it lets go, while it still holds the lock. A process that opened the file
 * just before could then lock a file that no longer has a name; so every holder, after locking and writing its
 * token, reads the file back by name and starts again when the token is not there. Two processes therefore never
 * both believe they hold the lock, and no clean exit leaves a lock file behind.
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
    private static final int ATTEMPTS = 50;
    private static final String END = "end";
    private static final Map<Path, Held> HELD_IN_THIS_PROCESS = new HashMap<>();

    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        /**
         * The channel that read the token back by name. It stays open until the lock is released: on POSIX
         * systems closing any descriptor of a file drops every lock the process holds on it.
         */
        final FileChannel nameCheck;
        int holders;

        Held(FileChannel channel, FileLock lock, FileChannel nameCheck) {
            this.channel = channel;
            this.lock = lock;
            this.nameCheck = nameCheck;
        }
    }

    private final Path lockFile;
    private boolean released;

    private DatabaseLock(Path lockFile) {
        this.lockFile = lockFile;
    }

    /** The lock file of a database: beside the real file, whatever path (link, relative name) reached it. */
    public static Path lockFileOf(Path database) {
        Path identity = DatabaseFiles.identity(database);
        return identity.resolveSibling(identity.getFileName() + ".lock");
    }

    /**
     * Takes the lock for writing the database.
     *
     * @param user who is working, written into the lock file for a second Shipshape to show
     * @throws DatabaseInUseException     when another process holds it
     * @throws ForeignLockFileException   when a lock file of another account is in the way and cannot be checked
     * @throws IOException                when the lock file cannot be created (the folder is not writable)
     */
    public static DatabaseLock acquire(Path database, String user) throws IOException {
        Path lockFile = lockFileOf(database);
        synchronized (HELD_IN_THIS_PROCESS) {
            Held held = HELD_IN_THIS_PROCESS.get(lockFile);
            if (held == null) {
                held = lockByName(database, lockFile, user);
                HELD_IN_THIS_PROCESS.put(lockFile, held);
            }
            held.holders++;
        }
        return new DatabaseLock(lockFile);
    }

    private static Held lockByName(Path database, Path lockFile, String user) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            FileChannel channel;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (AccessDeniedException e) {
                clearForeignLockFile(database, lockFile, e);
                continue;
            }
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
            String token = UUID.randomUUID().toString();
            FileChannel nameCheck = null;
            boolean ours;
            try {
                writeHolder(channel, user, token);
                nameCheck = openByName(lockFile);
                ours = nameCheck != null && token.equals(readText(nameCheck).getProperty("token"));
            } catch (IOException | RuntimeException e) {
                lock.release();
                closeAll(channel, nameCheck);
                throw e;
            }
            if (ours) {
                return new Held(channel, lock, nameCheck);
            }
            // we locked a file its last holder had just deleted: let go and lock the one that has the name now
            lock.release();
            closeAll(channel, nameCheck);
            pause();
        }
        throw new IOException("The lock file " + lockFile + " kept changing while Shipshape tried to take it");
    }

    /**
     * The lock file belongs to another account and cannot be opened for writing. When it can be read, a shared
     * lock on it tells whether that account's Shipshape still holds it: if it does, this is an ordinary "in use";
     * if not, the file is left over from a crash and is deleted while the shared lock keeps everyone else out.
     */
    private static void clearForeignLockFile(Path database, Path lockFile, AccessDeniedException denied)
            throws IOException {
        String owner = ownerOf(lockFile);
        try (FileChannel reading = FileChannel.open(lockFile, StandardOpenOption.READ)) {
            FileLock probe = reading.tryLock(LOCKED_POSITION, 1, true);
            if (probe == null) {
                throw new DatabaseInUseException(database, readHolder(lockFile));
            }
            try {
                Files.deleteIfExists(lockFile);
            } catch (IOException cannotDelete) {
                throw new ForeignLockFileException(database, lockFile, owner, readHolder(lockFile), cannotDelete);
            } finally {
                probe.release();
            }
        } catch (NoSuchFileException gone) {
            // its holder just deleted it: try again
        } catch (AccessDeniedException unreadable) {
            if (!Files.exists(lockFile)) {
                return;
            }
            throw new ForeignLockFileException(database, lockFile, owner, new LockHolder("", "", 0, null), denied);
        }
    }

    private static String ownerOf(Path file) {
        try {
            return Files.getOwner(file).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void writeHolder(FileChannel channel, String user, String token) throws IOException {
        String text = "# Shipshape has this database open for writing.\n"
                + "user=" + oneLine(user) + "\n"
                + "host=" + oneLine(hostName()) + "\n"
                + "pid=" + ProcessHandle.current().pid() + "\n"
                + "since=" + Instant.now() + "\n"
                + "token=" + token + "\n"
                + END + "=\n";
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

    private static FileChannel openByName(Path lockFile) throws IOException {
        try {
            return FileChannel.open(lockFile, StandardOpenOption.READ);
        } catch (NoSuchFileException | AccessDeniedException gone) {
            return null;
        }
    }

    private static void closeAll(FileChannel... channels) throws IOException {
        for (FileChannel channel : channels) {
            if (channel != null) {
                channel.close();
            }
        }
    }

    /** The lock file's text as properties; malformed text gives no properties. */
    private static Properties readText(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // read on until the whole text is in
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException malformed) {
            return new Properties();
        }
        return properties;
    }

    private static Properties readProperties(Path lockFile) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ)) {
            return readText(channel);
        }
    }

    /**
     * Who holds the lock, as far as the file says. The holder may be writing the file at this very moment, so a
     * text without its closing line is read again a little later; when it never completes, nothing of it is
     * trusted (a half-written "pid=42" of pid 4242 would name the wrong process).
     */
    static LockHolder readHolder(Path lockFile) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Properties properties;
            try {
                properties = readProperties(lockFile);
            } catch (IOException e) {
                properties = new Properties();
            }
            if (properties.containsKey(END)) {
                return holderFrom(properties);
            }
            pause();
        }
        return new LockHolder("", "", 0, null);
    }

    private static LockHolder holderFrom(Properties properties) {
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

    /**
     * Releases this holder's share; the last one in the process deletes the lock file (while still holding the
     * lock, see the class comment) and then releases the operating-system lock.
     */
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
                deleteOrBlank(held.channel);
                held.lock.release();
            } finally {
                closeAll(held.channel, held.nameCheck);
            }
        }
    }

    /** A lock file that cannot be deleted (a read-only folder now) is emptied instead; its text is then stale. */
    private void deleteOrBlank(FileChannel channel) throws IOException {
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            channel.truncate(0);
        }
    }
}
