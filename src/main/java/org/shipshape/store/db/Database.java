package org.shipshape.store.db;

import org.shipshape.model.common.Message;
import org.shipshape.model.safety.OpenFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The database that holds a warehouse: one SQLite file (docs/decisions/0002), or a PostgreSQL server that several
 * stations share (docs/decisions/0010). Every {@link #write} is one transaction. One connection is shared and guarded
 * by a lock: one station has one writer, and short transactions keep the screen responsive. A SQLite connection runs
 * in WAL mode with foreign keys on and a busy timeout; on a server, a write that collides with another station's
 * (a serialisation failure, a deadlock) is run again from the start.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MS = 5000;
    private static final int SERVER_WRITE_ATTEMPTS = 5;
    /**
     * A station that stops answering in the middle of a change (its PC hung, its cable pulled) keeps its row locks
     * until the server notices, which without a closed socket takes TCP's keep-alive about two hours: every other
     * station scanning into that container would wait as long. No transaction of Shipshape waits for a person, so
     * the server ends (and rolls back) one that has been silent this long.
     */
    static final int IDLE_IN_TRANSACTION_LIMIT_MS = 30_000;

    public enum Mode { READ_WRITE, READ_ONLY }

    private final Path file;
    private final ServerAddress server;
    private final Dialect dialect;
    private final Mode mode;
    /** Replaced when a server connection is lost (a restart, a network break): see {@link #reconnect}. */
    private Connection connection;
    /** Typed in the window when neither PGPASSWORD nor the password file gives one; never written anywhere. */
    private final char[] typedPassword;
    private boolean connectionLost;
    private final ReentrantLock lock = new ReentrantLock();
    private final int schemaVersion;
    private volatile boolean damaged;
    /** Who this station's changes are stamped with (the workspace's user); see {@link RecordVersions}. */
    private volatile String changedBy = "";

    private Database(Path file, ServerAddress server, char[] typedPassword, Mode mode, Connection connection,
            int schemaVersion) {
        this.file = file;
        this.typedPassword = typedPassword == null ? null : typedPassword.clone();
        this.server = server;
        this.dialect = server == null ? Dialect.SQLITE : Dialect.POSTGRESQL;
        this.mode = mode;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
    }

    public static Database open(Path file) {
        return open(file, Mode.READ_WRITE, Migrator.bundled());
    }

    /**
     * Opens (and in read-write mode creates or migrates) the database. Refuses a file that is not a database,
     * a schema newer than this app, and a read-only file in read-write mode; nothing is created or changed then.
     */
    public static Database open(Path file, Mode mode, Migrator migrator) {
        Path absolute = file.toAbsolutePath().normalize();
        boolean exists = Files.exists(absolute);
        checkOpenable(absolute, exists, mode);
        // Nothing may write to a file before its version and soundness are known: the probe reads through a
        // read-only connection; when it cannot (a hot rollback journal needs a writer to be rolled back), the
        // version is read from the file's header bytes.
        Integer probedVersion = exists ? probeReadOnly(absolute, mode) : null;
        if (exists) {
            refuseNewer(absolute, probedVersion != null ? probedVersion : headerVersion(absolute), migrator);
        }
        Connection connection = null;
        try {
            connection = connect(absolute, mode);
            int version = userVersion(connection);
            if (exists && probedVersion == null) {
                requireIntact(connection, absolute);
            }
            refuseNewer(absolute, version, migrator);
            if (mode == Mode.READ_WRITE) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA journal_mode = WAL");
                }
            }
            if (!migrator.pending(version).isEmpty()) {
                if (mode == Mode.READ_ONLY) {
                    throw new DatabaseOpenException(OpenFailure.READ_ONLY, absolute,
                            "The database " + absolute + " needs an upgrade, which cannot be done read-only;"
                                    + " open it normally once.", null);
                }
                if (version > 0) {
                    backupBeforeMigration(connection, absolute, version);
                }
                migrator.migrate(connection, version);
                LOG.info("Migrated {} from schema {} to {}", absolute, version, migrator.latestVersion());
            }
            return new Database(absolute, null, null, mode, connection, userVersion(connection));
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw translate(absolute, e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /**
     * What a PostgreSQL client program started for this database (pg_dump) needs in its environment to use the
     * password typed in the window; nothing when the password came from PGPASSWORD or the password file, which the
     * program reads itself. The environment of a child process is readable only by the same user.
     */
    public Map<String, String> typedPasswordEnvironment() {
        return typedPassword == null ? Map.of() : Map.of("PGPASSWORD", new String(typedPassword));
    }

    /**
     * Connects to a warehouse database on a PostgreSQL server and brings its schema to this app's version (every
     * station that starts a new release may do it; the first one does, under a lock). The password comes from the
     * driver's own sources (PGPASSWORD, the password file), never from Shipshape.
     */
    public static Database openServer(ServerAddress server, Mode mode, Migrator migrator) {
        return openServer(server, null, mode, migrator);
    }

    /**
     * As {@link #openServer(ServerAddress, Mode, Migrator)}, with a password typed by the user for when neither
     * {@code PGPASSWORD} nor the password file gives one. It is kept in memory only, to reconnect after a lost
     * connection; it is never written, logged or put in the address.
     */
    public static Database openServer(ServerAddress server, char[] typedPassword, Mode mode, Migrator migrator) {
        Connection connection = null;
        try {
            connection = connectServer(server, typedPassword);
            int version = Dialect.POSTGRESQL.schemaVersion(connection);
            refuseNewer(server, version, migrator);
            if (!migrator.pending(version).isEmpty()) {
                if (mode == Mode.READ_ONLY) {
                    throw new DatabaseOpenException(OpenFailure.READ_ONLY, server, "The database " + server
                            + " needs an upgrade, which cannot be done read-only; open it normally once.", null);
                }
                int before = migrator.migrateServer(connection);
                LOG.info("Migrated {} from schema {} to {}", server, before, migrator.latestVersion());
            }
            int now = Dialect.POSTGRESQL.schemaVersion(connection);
            refuseNewer(server, now, migrator); // another station with a newer release may have migrated meanwhile
            if (mode == Mode.READ_ONLY) {
                connection.setReadOnly(true);
            }
            return new Database(null, server, typedPassword, mode, connection, now);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw translate(server, e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /**
     * Logs in and reads the schema version, then disconnects: nothing is created or upgraded. Refuses a server whose
     * schema is newer than this app, and one where the user may not create the tables an empty database needs.
     */
    public static void checkServer(ServerAddress server, char[] typedPassword, Migrator migrator) {
        try (Connection connection = connectServer(server, typedPassword)) {
            int version = Dialect.POSTGRESQL.schemaVersion(connection);
            refuseNewer(server, version, migrator);
            if (version < migrator.latestVersion()) {
                requireCreateRight(connection);
            }
        } catch (SQLException e) {
            throw translate(server, e);
        }
    }

    /** An empty or older database is upgraded as it opens, which needs the right to create in its schema. */
    private static void requireCreateRight(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT has_schema_privilege(current_schema(), 'CREATE')")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                throw new SQLException("No right to create tables in the schema", "42501");
            }
        }
    }

    private static Connection connectServer(ServerAddress server, char[] typedPassword) throws SQLException {
        Connection connection = DriverManager.getConnection(server.jdbcUrl(),
                server.driverProperties(System.getenv(), typedPassword));
        try (Statement s = connection.createStatement()) {
            s.execute("SET idle_in_transaction_session_timeout = " + IDLE_IN_TRANSACTION_LIMIT_MS);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw e;
        }
        return connection;
    }

    private static void refuseNewer(ServerAddress server, int version, Migrator migrator) {
        if (version > migrator.latestVersion()) {
            throw new DatabaseOpenException(OpenFailure.NEWER_THAN_APP, server, "The database " + server
                    + " was written by a newer Shipshape (schema " + version + ", this app knows up to "
                    + migrator.latestVersion() + "); update Shipshape.", null);
        }
    }

    /**
     * Why a server could not be used, by the SQL state the driver reports: 28 (login refused: user or password),
     * 08004 (the server asked for a password and none was found), 42501 (no right to connect or to use the schema),
     * other 08 (no connection: wrong host or port,
     * server down), 3D000 (no such database). TLS is told apart from those: a certificate that could not be checked
     * fails with an {@link SSLException} inside, or, when the address asks for the certificate to be checked, as a
     * connection failure from a server that does answer with TLS (no root certificate file, a certificate naming the
     * server otherwise than the address); and a server without TLS answers the same 08004 as a missing password,
     * so when the address requires TLS the server is asked whether it offers it ({@link TlsProbe}).
     */
    static DatabaseOpenException translate(ServerAddress server, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        OpenFailure reason;
        if (causedBy(e, SSLException.class) || server.verifiesCertificate() && state.startsWith("08")
                && !state.equals("08004") && TlsProbe.offersTls(server).equals(Optional.of(true))) {
            reason = OpenFailure.TLS_NOT_TRUSTED;
        } else if (state.equals("08004") && server.requiresTls()
                && TlsProbe.offersTls(server).equals(Optional.of(false))) {
            reason = OpenFailure.TLS_NOT_OFFERED;
        } else if (state.equals("08004")) {
            reason = OpenFailure.PASSWORD_NEEDED;
        } else if (state.startsWith("28")) {
            reason = OpenFailure.LOGIN_REFUSED;
        } else if (state.equals("42501")) {
            reason = OpenFailure.NO_RIGHTS;
        } else if (state.startsWith("08")) {
            reason = OpenFailure.SERVER_UNREACHABLE;
        } else if (state.equals("3D000")) {
            reason = OpenFailure.CANNOT_CREATE;
        } else {
            reason = OpenFailure.OTHER;
        }
        return new DatabaseOpenException(reason, server, "The database " + server + " could not be opened: "
                + e.getMessage(), e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void refuseNewer(Path file, int version, Migrator migrator) {
        if (version > migrator.latestVersion()) {
            throw new DatabaseOpenException(OpenFailure.NEWER_THAN_APP, file,
                    "The database " + file + " was written by a newer Shipshape (schema " + version
                            + ", this app knows up to " + migrator.latestVersion() + "); update Shipshape.", null);
        }
    }

    /** {@code user_version} straight from the header (bytes 60-63, big-endian), read without SQLite. */
    static int headerVersion(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(64);
            if (header.length < 64) {
                return 0;
            }
            return ((header[60] & 0xff) << 24) | ((header[61] & 0xff) << 16) | ((header[62] & 0xff) << 8)
                    | (header[63] & 0xff);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Connection connect(Path file, Mode mode) throws SQLException {
        if (mode == Mode.READ_WRITE) {
            return config(mode).createConnection("jdbc:sqlite:" + file);
        }
        Connection connection = null;
        try {
            connection = config(mode).createConnection("jdbc:sqlite:" + file);
            userVersion(connection); // SQLite opens the -shm only on the first read
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection, e);
            if (primaryCode(e) != SQLiteErrorCode.SQLITE_CANTOPEN.code || Files.exists(companion(file, "-wal"))
                    || Files.isWritable(file.getParent())) {
                throw e;
            }
            // A WAL database whose -shm cannot be created (a read-only folder, a write-protected stick): with no
            // -wal beside it the file alone holds every committed change, so it can be read as it is.
            return connectImmutable(file);
        }
    }

    /**
     * Reads the file alone, creating no {@code -wal} or {@code -shm} beside it. Only where no journal exists: the
     * file then holds every committed change, and (under the writer lock, or in a read-only folder) nobody changes it.
     */
    private static Connection connectImmutable(Path file) throws SQLException {
        return config(Mode.READ_ONLY).createConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
    }

    private static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void checkOpenable(Path file, boolean exists, Mode mode) {
        if (exists) {
            if (Files.isDirectory(file)) {
                throw new DatabaseOpenException(OpenFailure.CANNOT_CREATE, file,
                        file + " is a folder, not a database file; give a file name such as shipshape.db.", null);
            }
            if (mode == Mode.READ_WRITE && !Files.isWritable(file)) {
                throw new DatabaseOpenException(OpenFailure.READ_ONLY, file,
                        "The database " + file + " is read-only; make it writable or open it read-only.", null);
            }
            return;
        }
        if (mode == Mode.READ_ONLY) {
            throw new DatabaseOpenException(OpenFailure.CANNOT_CREATE, file,
                    "There is no database at " + file + " to open read-only.", null);
        }
        Path parent = file.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new DatabaseOpenException(OpenFailure.CANNOT_CREATE, file,
                    "The folder " + parent + " does not exist; create it or choose another place for the database.",
                    null);
        }
        if (!Files.isWritable(parent)) {
            throw new DatabaseOpenException(OpenFailure.CANNOT_CREATE, file,
                    "Shipshape cannot write in " + parent + "; choose a folder you can write to.", null);
        }
    }

    /**
     * The driver is asked directly ({@code config(mode).createConnection}), not through {@code DriverManager}: its
     * first use loads every JDBC driver on the class path (the PostgreSQL one too) and opens every jar to look for
     * them, a cost every short command paid (issue 16).
     */
    private static SQLiteConfig config(Mode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // statement journals (every INSERT on a table with a checking trigger opens one) stay in memory: on disk
        // they cost ten writes per row of an import
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        if (mode == Mode.READ_ONLY) {
            config.setReadOnly(true);
        } else {
            // WAL is switched on after the version check (see open): setting it here would rewrite the header of
            // a file this app must refuse untouched
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        return config;
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Checks an existing file through a read-only connection before a writing one ever touches it: closing the
     * last writing connection checkpoints the {@code -wal} into the file and deletes it, which must not happen to
     * a damaged file set that is to be kept untouched; under the writer lock and with no journal beside the file it
     * reads the file alone, so not even an empty {@code -wal} appears. Returns the schema version, or null when the check could
     * not be made read-only (a hot rollback journal needs a writer); the writing connection checks then.
     */
    private static Integer probeReadOnly(Path file, Mode mode) {
        try (Connection probe = mode == Mode.READ_WRITE && !Files.exists(companion(file, "-wal"))
                && !Files.exists(companion(file, "-journal")) ? connectImmutable(file) : connect(file, Mode.READ_ONLY)) {
            int version = userVersion(probe);
            requireIntact(probe, file);
            return version;
        } catch (SQLException e) {
            if (primaryCode(e) == SQLiteErrorCode.SQLITE_READONLY.code) {
                return null;
            }
            throw translate(file, e);
        }
    }

    /**
     * {@code PRAGMA quick_check} on every open: it reads every page (about a second per gigabyte, see
     * docs/RELIABILITY.md), so a damaged file is caught before anything is written to it or migrated.
     */
    private static void requireIntact(Connection connection, Path file) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check(5)")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        }
        if (!problems.equals(List.of("ok"))) {
            throw new DatabaseOpenException(OpenFailure.CORRUPT, file,
                    "The database " + file + " is damaged (" + String.join("; ", problems) + ").", null);
        }
    }

    private static void backupBeforeMigration(Connection connection, Path file, int version) throws SQLException {
        try {
            vacuumInto(connection, BackupNaming.newTarget(file, "before-migration-v" + version, LocalDateTime.now()));
        } catch (IOException e) {
            throw new SQLException("Could not back up before the upgrade into " + BackupNaming.folderOf(file) + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Writes a consistent copy of the live database with {@code VACUUM INTO}, first to a temporary file in the
     * target's folder, then renamed into place so a crash never leaves a half backup under the real name.
     */
    public static void vacuumInto(Connection connection, Path target) throws SQLException, IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            try (var statement = connection.prepareStatement("VACUUM INTO ?")) {
                statement.setString(1, temp.toString());
                statement.execute();
            }
            AtomicFiles.restrictToOwner(temp);
            AtomicFiles.sync(temp);
            AtomicFiles.moveIntoPlace(temp, target);
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** SQLite's primary result code (extended codes carry it in the low byte), or -1 for other failures. */
    static int primaryCode(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        return code == null ? -1 : code.code & 0xff;
    }

    /** True for SQLite's "database or disk is full", of whichever file it was writing. */
    public static boolean isDiskFull(SQLException e) {
        return primaryCode(e) == SQLiteErrorCode.SQLITE_FULL.code;
    }

    static boolean isDamage(SQLException e) {
        int primary = primaryCode(e);
        return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    static DatabaseOpenException translate(Path file, SQLException e) {
        int primary = primaryCode(e);
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new DatabaseOpenException(OpenFailure.NOT_A_DATABASE, file,
                    file + " is not a Shipshape database (not a SQLite file); choose another file.", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new DatabaseOpenException(OpenFailure.CORRUPT, file,
                    "The database " + file + " is damaged; restore the latest good backup.", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new DatabaseOpenException(OpenFailure.LOCKED, file,
                    "The database " + file + " is locked by another program; close it and try again.", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return new DatabaseOpenException(OpenFailure.DISK_FULL, file,
                    "The disk holding " + file + " is full; free some space and start Shipshape again.", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return new DatabaseOpenException(OpenFailure.READ_ONLY, file,
                    "Shipshape cannot write to " + file + "; check the file and its folder are writable.", e);
        }
        return new DatabaseOpenException(OpenFailure.OTHER, file,
                "The database " + file + " could not be opened: " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            cause.addSuppressed(closeFailure);
        }
    }

    /**
     * Reads in one read transaction, so every statement sees the file as of the same moment even while another
     * Shipshape writes to it (copying a whole warehouse reads table after table).
     */
    public <T> T readSnapshot(SqlWork<T> work) {
        if (dialect == Dialect.POSTGRESQL) {
            return read(connection -> snapshot(connection, work));
        }
        return read(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN DEFERRED");
            }
            try {
                return work.run(connection);
            } finally {
                try (Statement s = connection.createStatement()) {
                    s.execute("COMMIT");
                }
            }
        });
    }

    /**
     * Runs work on a connection of its own to a server, in one transaction that no migration has touched first
     * (copying a warehouse onto an empty server creates the schema inside it): committed when the work returns,
     * rolled back when it throws, so a failure leaves the server as it was.
     *
     * @throws DatabaseOpenException when the server cannot be reached or refuses the login
     */
    public static <T> T inServerTransaction(ServerAddress server, SqlWork<T> work) throws SQLException {
        try (Connection connection = server.connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        }
    }

    /** Reads a server in one read-only snapshot, on a connection of its own. */
    public static <T> T readServerSnapshot(ServerAddress server, SqlWork<T> work) throws SQLException {
        try (Connection connection = server.connect()) {
            return snapshot(connection, work);
        }
    }

    private static <T> T snapshot(Connection connection, SqlWork<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        int isolation = connection.getTransactionIsolation();
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return work.run(connection);
        } finally {
            connection.rollback(); // it only read
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** Reads without a transaction of its own (each statement sees a consistent snapshot). */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            reconnectIfLost();
            try {
                return work.run(connection);
            } catch (SQLException | RuntimeException e) {
                if (!isLostConnection(e)) {
                    throw e;
                }
                // a read changes nothing, so it is simply run again on a new connection
                reconnect(e);
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw failure("Reading from the database failed", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs the work as one transaction: all of it is committed, or none of it. A write inside a write joins
     * the outer transaction.
     */
    public <T> T write(SqlWork<T> work) {
        if (mode == Mode.READ_ONLY) {
            throw new StoreException("This database is open read-only; changes are not possible.");
        }
        if (damaged) {
            throw new StoreException(damagedSentence());
        }
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.run(connection);
            }
            reconnectIfLost();
            for (int attempt = 1; ; attempt++) {
                try {
                    return transaction(work);
                } catch (SQLException | RuntimeException e) {
                    if (isLostConnection(e)) {
                        reconnectAfterLostWrite(e, attempt);
                        continue;
                    }
                    if (dialect != Dialect.POSTGRESQL || attempt >= SERVER_WRITE_ATTEMPTS || !Dialect.isRetryable(e)) {
                        throw e;
                    }
                    LOG.info("A write collided with another station's (attempt {}); running it again", attempt);
                }
            }
        } catch (SQLException e) {
            throw failure("Saving to the database failed, nothing was saved", e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T transaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run(connection);
        } catch (SQLException | RuntimeException e) {
            // SQLite may already have ended the transaction (a full disk does), a lost server connection surely has:
            // the rollback and the return to auto-commit then fail too, and must not hide what happened
            rollback(e);
            restoreAutoCommit(e);
            throw e;
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            if (isLostConnection(e)) {
                // the commit may have reached the server before the connection broke: nobody can say what was saved
                throw new CommitInDoubt(e);
            }
            rollback(e);
            restoreAutoCommit(e);
            throw e;
        }
        connection.setAutoCommit(true);
        return result;
    }

    /** A commit whose connection broke before the server answered: it may or may not have been saved. */
    private static final class CommitInDoubt extends SQLException {
        CommitInDoubt(SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause);
        }
    }

    /**
     * True when the server connection is gone (the server restarted or shut down, the network broke, an
     * administrator ended the session): SQL state class 08, or 57P01-57P03. The server has then rolled back whatever
     * transaction was open.
     */
    private boolean isLostConnection(Throwable e) {
        if (dialect != Dialect.POSTGRESQL) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                    || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A write whose connection was lost: the server rolled it back. Run before the commit, it did nothing, so it is
     * run once more on a new connection, as a write that collided with another station's is; a second loss, a
     * commit that may or may not have happened, or a server that cannot be reached again is reported plainly.
     */
    private void reconnectAfterLostWrite(Throwable e, int attempt) {
        connectionLost = true;
        String address = server.toString();
        if (e instanceof CommitInDoubt) {
            LOG.warn("The connection to {} broke during a commit", address, e);
            throw new ConnectionLostException(Message.of("workspace.connection.commitInDoubt", address), e);
        }
        if (attempt > 1) {
            LOG.warn("The connection to {} broke again during a write; nothing was saved", address, e);
            throw new ConnectionLostException(Message.of("workspace.connection.lost", address), e);
        }
        LOG.warn("The connection to {} broke during a write; reconnecting and running it again", address, e);
        reconnect(e);
    }

    private void reconnectIfLost() {
        if (connectionLost) {
            reconnect(null);
        }
    }

    /** Replaces the lost connection with a new one, or says plainly that the server cannot be reached. */
    private void reconnect(Throwable why) {
        connectionLost = true;
        Connection old = connection;
        try {
            old.close();
        } catch (SQLException alreadyGone) {
            LOG.debug("Closing the lost connection to {}", server, alreadyGone);
        }
        try {
            Connection fresh = connectServer(server, typedPassword);
            if (mode == Mode.READ_ONLY) {
                fresh.setReadOnly(true);
            }
            connection = fresh;
            connectionLost = false;
            LOG.info("Reconnected to {}", server);
        } catch (SQLException e) {
            if (why != null) {
                e.addSuppressed(why);
            }
            LOG.warn("Could not reconnect to {}", server, e);
            throw new ConnectionLostException(Message.of("workspace.connection.unreachable", server.toString()), e);
        }
    }

    /**
     * Runs several repository calls as one transaction: each repository's own write joins this outer one, so either
     * everything is saved or nothing is (an exception, including a cancellation, rolls all of it back).
     */
    public <T> T inTransaction(Supplier<T> work) {
        return write(connection -> work.get());
    }

    /**
     * A plain sentence for a failed read or write. Damage found while working stops all further writing (a
     * damaged file must not be written to); the next start-up sets the file aside and offers the latest backup.
     */
    private StoreException failure(String what, SQLException e) {
        if (isDamage(e)) {
            damaged = true;
            LOG.error("Damage found in {}; no more writes", location(), e);
            return new StoreException(damagedSentence(), e);
        }
        if (primaryCode(e) == SQLiteErrorCode.SQLITE_FULL.code) {
            return new StoreException("The disk holding " + location() + " is full, nothing was saved; free some space"
                    + " and try again.", e);
        }
        return new StoreException(what + ": " + e.getMessage(), e);
    }

    private String damagedSentence() {
        return "The database " + location() + " is damaged, nothing more is saved; close Shipshape and start it again"
                + " to set the file aside and restore the latest good backup.";
    }

    /** True once damage was found while working; writes are refused from then on. */
    public boolean isDamaged() {
        return damaged;
    }

    private void restoreAutoCommit(Exception cause) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException autoCommitFailure) {
            cause.addSuppressed(autoCommitFailure);
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** The SQLite file, or null for a database on a server. */
    public Path file() {
        return file;
    }

    /** The server, or null for a SQLite file. */
    public ServerAddress server() {
        return server;
    }

    public boolean isOnServer() {
        return server != null;
    }

    /** What the store's SQL must know about the database it talks to (row locks, for now). */
    public Dialect dialect() {
        return dialect;
    }

    /** The file or the server, for messages and the log. */
    public String location() {
        return server != null ? server.toString() : file.toString();
    }

    public Mode mode() {
        return mode;
    }

    public boolean isReadOnly() {
        return mode == Mode.READ_ONLY;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** The name the versioned rows this station changes are stamped with ({@code changed_by}). */
    public String changedBy() {
        return changedBy;
    }

    public void setChangedBy(String user) {
        this.changedBy = java.util.Objects.requireNonNull(user, "user");
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Closing the database failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
