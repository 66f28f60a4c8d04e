package org.shipshape.store.safety;

import java.nio.file.Path;
import org.shipshape.model.safety.LockHolder;
import org.shipshape.store.db.StoreException;

/**
 * The database's lock file belongs to another account and Shipshape may not check or remove it: that account may
 * still have the database open, or its Shipshape crashed and left the file. Only that account (or whoever looks
 * after the computer) can tell and delete it.
 */
public final class ForeignLockFileException extends StoreException {
    private final Path database;
    private final Path lockFile;
    private final String owner;
    private final LockHolder holder;

    public ForeignLockFileException(Path database, Path lockFile, String owner, LockHolder holder, Throwable cause) {
        super(lockFile + " belongs to the account " + owner, cause);
        this.database = database;
        this.lockFile = lockFile;
        this.owner = owner;
        this.holder = holder;
    }

    public Path database() {
        return database;
    }

    public Path lockFile() {
        return lockFile;
    }

    /** The account that owns the lock file; empty where the file system does not say. */
    public String owner() {
        return owner;
    }

    /** What the lock file says about its holder, as far as it could be read. */
    public LockHolder holder() {
        return holder;
    }
}
