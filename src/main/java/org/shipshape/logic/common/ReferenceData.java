package org.shipshape.logic.common;

import java.util.List;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.Versioned;

/**
 * What every kind of reference data offers its editor (box sizes, label stocks, container types, countries and
 * their rules, phrases): the entries with their versions, checks, and add, change, delete, put back and retire. A
 * change or delete names the version the editor showed and is refused with an
 * {@link org.shipshape.logic.task.EditConflictException} when another station changed the entry since
 * (docs/decisions/0015); a delete that would break a reference is refused with the reason (docs/decisions/0011).
 * Every change is one transaction with one line in the change log.
 *
 * @param <T> the entry, a record of the model
 */
public interface ReferenceData<T> {
    /** Every entry, retired ones included, each with the change of it that is stored. */
    List<Versioned<T>> entries();

    /** What identifies the entry: its code, a phrase's key and language, a rule's id. */
    String keyOf(T entry);

    /** What is wrong with the entry as typed (a code taken, a size off the page); empty when it can be saved. */
    List<Message> problems(T entry, boolean isNew);

    /**
     * Adds the entry, or changes it while it is still at {@code seenVersion}; returns it as stored.
     *
     * @throws org.shipshape.logic.task.UserInputException naming each field to fix, or who changed it since
     */
    Versioned<T> save(T entry, boolean isNew, long seenVersion);

    /**
     * Deletes the entry while it is still at {@code seenVersion}; returns it so the deletion can be undone.
     *
     * @throws org.shipshape.logic.task.UserInputException when something uses it, or someone changed it since
     */
    T delete(T entry, long seenVersion);

    /** Puts a deleted entry back as it was (undo). */
    Versioned<T> restore(T deleted);

    /** Whether entries of this kind can be retired instead of deleted. */
    default boolean retires() {
        return false;
    }

    default boolean isRetired(T entry) {
        return false;
    }

    /** Retires the entry or brings it back into use, while it is still at {@code seenVersion}. */
    default Versioned<T> retire(T entry, boolean retired, long seenVersion) {
        throw new UnsupportedOperationException("This reference data cannot be retired");
    }
}
