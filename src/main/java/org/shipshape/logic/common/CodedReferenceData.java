package org.shipshape.logic.common;

import java.util.List;
import java.util.Optional;
import org.shipshape.logic.task.EditConflictException;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.CodedEntry;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.model.common.Versioned;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.db.CodedRows;

/**
 * Reference data named by a code that shipments, packages or labels refer to (box sizes, label stocks, container
 * types, countries): added, changed, retired (no longer offered, kept where used) and deleted only while nothing uses
 * it (docs/decisions/0011). The editor's changes name the version they started from and are refused when another
 * station changed the entry since (docs/decisions/0015); the command line's change whatever is stored at that
 * moment. Every change is one transaction with one line in the change log.
 *
 * @param <T> the entry, a record of the model
 */
public abstract class CodedReferenceData<T extends CodedEntry<T>> implements ReferenceData<T> {
    protected final Workspace workspace;
    private final CodedRows<T> rows;
    private final String feature;

    /**
     * @param rows    the table
     * @param feature the start of this data's message keys: {@code <feature>.conflict.changed} says who changed an
     *                entry since, {@code <feature>.conflict.deleted} that it is gone
     */
    protected CodedReferenceData(Workspace workspace, CodedRows<T> rows, String feature) {
        this.workspace = workspace;
        this.rows = rows;
        this.feature = feature;
    }

    // ---------------------------------------------------------------- what each kind of data says

    /** The entry as stored: its code in the stored case, no surrounding spaces. */
    protected abstract T normalised(T edited);

    /** Refuses an unknown code, naming the known ones where that helps. */
    protected abstract UserInputException unknown(String code);

    /** Why the entry cannot be deleted (the shipments or packages that use it); empty when nothing does. */
    protected abstract Optional<Message> keptBy(T entry);

    /** Why the entry cannot be retired (the default label stock); empty when it can. */
    protected Optional<Message> keptInUse(T entry) {
        return Optional.empty();
    }

    /** The change log's details of the entry: its name. */
    protected String details(T entry) {
        return entry.name();
    }

    // ---------------------------------------------------------------- the same for all

    /** Every entry, retired ones included. */
    public final List<T> all() {
        return Versioned.values(entries());
    }

    /**
     * Adds a new entry or changes the one with the same code over whatever is stored now (the command line).
     *
     * @throws UserInputException naming each field to fix; nothing is saved then
     */
    public final T save(T edited, boolean isNew) {
        return workspace.database().inTransaction(() -> save(edited, isNew, currentVersion(keyOf(edited)))).value();
    }

    @Override
    public final Versioned<T> save(T edited, boolean isNew, long seenVersion) {
        T entry = normalised(edited);
        List<Message> problems = problems(entry, isNew);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return store(entry, isNew ? "create" : "update", isNew, seenVersion);
    }

    /**
     * Deletes the entry with this code if nothing uses it, whatever its version (the command line); returns it so
     * the deletion can be undone.
     */
    public final T delete(String code) {
        return workspace.database().inTransaction(() -> {
            T entry = require(code);
            return delete(entry, currentVersion(keyOf(entry)));
        });
    }

    @Override
    public final T delete(T entry, long seenVersion) {
        keptBy(entry).ifPresent(reason -> {
            throw new UserInputException(reason);
        });
        return EditConflictException.unlessChanged(feature, keyOf(entry), () ->
                workspace.database().inTransaction(() -> {
                    rows.delete(entry.code(), seenVersion);
                    audit("delete", entry);
                    return entry;
                }));
    }

    @Override
    public final Versioned<T> restore(T deleted) {
        return store(deleted, "restore", true, 0);
    }

    /** Retires the entry with this code (no longer offered) or brings it back, whatever its version. */
    public final T retire(String code, boolean retired) {
        return workspace.database().inTransaction(() -> {
            T entry = require(code);
            return retire(entry, retired, currentVersion(keyOf(entry)));
        }).value();
    }

    @Override
    public final Versioned<T> retire(T entry, boolean retired, long seenVersion) {
        if (retired) {
            keptInUse(entry).ifPresent(reason -> {
                throw new UserInputException(reason);
            });
        }
        return store(entry.withRetired(retired), retired ? "retire" : "reinstate", false, seenVersion);
    }

    @Override
    public final List<Versioned<T>> entries() {
        return rows.versioned();
    }

    @Override
    public final String keyOf(T entry) {
        return entry.code();
    }

    @Override
    public final boolean retires() {
        return true;
    }

    @Override
    public final boolean isRetired(T entry) {
        return entry.retired();
    }

    /** The stored entry with this code (any case). */
    protected final T require(String code) {
        return rows.find(code == null ? "" : code.trim()).orElseThrow(() -> unknown(code));
    }

    /**
     * Stores a change of the entry named by the change log's action, as one transaction.
     *
     * @throws EditConflictException when the entry is no longer at the version the change started from
     */
    protected final Versioned<T> store(T entry, String action, boolean isNew, long seenVersion) {
        return EditConflictException.unlessChanged(feature, keyOf(entry), () ->
                workspace.database().inTransaction(() -> {
                    if (isNew) {
                        rows.insert(entry);
                    } else {
                        rows.update(entry, seenVersion);
                    }
                    audit(action, entry);
                    return new Versioned<>(entry, rows.version(entry.code()).orElseThrow());
                }));
    }

    /** The version stored now of the entry with this code, 0 when there is none. */
    protected final long currentVersion(String code) {
        return rows.version(code).map(RecordVersion::number).orElse(0L);
    }

    protected final void audit(String action, T entry) {
        new AuditRepository(workspace.database()).append(workspace.user(), action, rows.table(), entry.code(),
                details(entry));
    }
}
