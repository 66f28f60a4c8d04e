package org.shipshape.logic.task;

import java.util.function.Supplier;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.store.db.StaleRecordException;

/**
 * An edit was not saved because someone else changed (or deleted) the record since the screen read it: the message
 * says who and when and asks to reload; the stored record keeps the other change (docs/decisions/0012).
 */
public final class EditConflictException extends UserInputException {
    private final transient RecordVersion current;

    private EditConflictException(Message text, RecordVersion current, StaleRecordException cause) {
        super(text);
        this.current = current;
        initCause(cause);
    }

    /**
     * @param feature the logic feature whose messages say it ({@code <feature>.conflict.changed} with the record's
     *                name, who and when; {@code <feature>.conflict.deleted} with its name)
     * @param name    how people call the record: a package number, a shipment reference, an item id, a donor name
     */
    public static EditConflictException of(StaleRecordException stale, String feature, Object name) {
        RecordVersion now = stale.current();
        Message text = now == null ? Message.of(feature + ".conflict.deleted", name)
                : Message.of(feature + ".conflict.changed", name, now.changedBy() == null ? "" : now.changedBy(),
                        now.changedAt());
        return new EditConflictException(text, now, stale);
    }

    /**
     * Runs an edit that names the version it started from, turning "someone changed it since" into the conflict that
     * says who and when.
     */
    public static <R> R unlessChanged(String feature, Object name, Supplier<R> edit) {
        try {
            return edit.get();
        } catch (StaleRecordException stale) {
            throw of(stale, feature, name);
        }
    }

    /** The stored version now (who changed it and when), or null when it was deleted. */
    public RecordVersion current() {
        return current;
    }

    public boolean wasDeleted() {
        return current == null;
    }
}
