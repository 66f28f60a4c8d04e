package org.shipshape.logic.donors;

import java.util.ArrayList;
import java.util.List;
import org.shipshape.logic.task.EditConflictException;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorGift;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.db.StaleRecordException;
import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.intake.ItemRepository;

/** Donors: finding them, what they gave and where it went, correcting and merging duplicates. */
public final class DonorService {
    private final Workspace workspace;
    private final DonorRepository donors;
    private final ItemRepository items;

    public DonorService(Workspace workspace) {
        this.workspace = workspace;
        this.donors = new DonorRepository(workspace.database());
        this.items = new ItemRepository(workspace.database());
    }

    /** Donors whose name, e-mail or phone contains the text (all donors for blank text). */
    public List<Donor> search(String text) {
        return donors.search(text);
    }

    /** Everything the donor gave: item -> package -> shipment -> destination country. */
    public List<DonorGift> gifts(long donorId) {
        return donors.giftsOf(donorId);
    }

    public long itemCount(long donorId) {
        return donors.itemCount(donorId);
    }

    /** Which change of the donor is stored, and who made it (read with the donor a form shows). */
    public RecordVersion version(long donorId) {
        return donors.version(donorId).orElse(RecordVersion.FIRST);
    }

    /** Stores a new donor (id 0) or changes one over whatever is stored now (imports, the command line). */
    public Donor save(Donor donor) {
        if (donor.id() == 0) {
            return save(donor, 0);
        }
        return workspace.database().inTransaction(() -> save(donor, version(donor.id()).number()));
    }

    /**
     * Stores a new donor (id 0) or changes one if it is still at the version the form showed; returns the stored
     * donor.
     *
     * @throws EditConflictException naming who changed it since and when; nothing is saved then
     * @throws UserInputException naming the field to fix; nothing is saved then
     */
    public Donor save(Donor donor, long seenVersion) {
        List<Message> problems = new ArrayList<>();
        if (donor.name().isBlank()) {
            problems.add(Message.of("donors.problem.noName"));
        }
        if (donor.email() != null && !donor.email().isBlank() && !donor.email().trim().matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(Message.of("donors.problem.email"));
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        if (donor.id() == 0) {
            return donor.withId(donors.insert(donor));
        }
        try {
            donors.update(donor, seenVersion);
        } catch (StaleRecordException stale) {
            throw EditConflictException.of(stale, "donors", donor.name());
        }
        return donor;
    }

    /**
     * Merges a duplicate donor record into the one that stays, in one transaction: the duplicate's items move
     * over, the duplicate is kept for history (marked as merged) and the change is logged.
     *
     * @return the number of items moved
     */
    public int merge(long duplicateId, long keptId) {
        if (duplicateId == keptId) {
            throw new UserInputException(Message.of("donors.refused.mergeSame"));
        }
        Donor duplicate = donors.findById(duplicateId).orElseThrow(
                () -> new UserInputException(Message.of("donors.refused.mergedGone")));
        Donor kept = donors.findById(keptId).orElseThrow(
                () -> new UserInputException(Message.of("donors.refused.keptGone")));
        if (donors.mergedInto(keptId).isPresent() || donors.mergedInto(duplicateId).isPresent()) {
            throw new UserInputException(Message.of("donors.refused.alreadyMerged"));
        }
        return workspace.database().inTransaction(() -> {
            int moved = donors.merge(duplicateId, keptId);
            new AuditRepository(workspace.database()).append(workspace.user(), "merge", "donor",
                    String.valueOf(keptId), "Merged donor " + duplicateId + " (" + duplicate.name() + ") into "
                            + keptId + " (" + kept.name() + "); " + moved + " items moved");
            return moved;
        });
    }
}
