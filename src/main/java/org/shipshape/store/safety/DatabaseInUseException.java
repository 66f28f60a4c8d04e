package org.shipshape.store.safety;

import java.nio.file.Path;
import org.shipshape.model.safety.LockHolder;
import org.shipshape.store.db.StoreException;

/** Another Shipshape process has the database open for writing. */
public final class DatabaseInUseException extends StoreException {
    private final Path database;
    private final LockHolder holder;

    public DatabaseInUseException(Path database, LockHolder holder) {
        super(database + " is in use by another Shipshape");
        this.database = database;
        this.holder = holder;
    }

    public Path database() {
        return database;
    }

    public LockHolder holder() {
        return holder;
    }
}
