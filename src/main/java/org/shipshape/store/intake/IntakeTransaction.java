package org.shipshape.store.intake;

import java.util.function.Supplier;
import org.shipshape.store.db.Database;

/**
 * Runs several repository calls as one transaction: each repository's own write joins this outer one, so either
 * everything is saved or nothing is (an exception, including a cancellation, rolls all of it back).
 */
public final class IntakeTransaction {
    private IntakeTransaction() {
    }

    public static <T> T run(Database db, Supplier<T> work) {
        return db.write(connection -> work.get());
    }
}
