package org.shipshape.logic.packing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.packing.BoxSizeRepository;

/**
 * The box sizes as reference data: added, changed, retired (no longer a button on the packing screen, still the
 * size of the packages measured with it) and deleted while no package was measured with it. Every change is in the
 * change log.
 */
public final class BoxSizes {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,11}");
    private static final int LARGEST_CM = 500;
    private static final String ENTITY = "box_size";

    private final Workspace workspace;
    private final BoxSizeRepository sizes;

    public BoxSizes(Workspace workspace) {
        this.workspace = workspace;
        this.sizes = new BoxSizeRepository(workspace.database());
    }

    /** Every size, retired ones included, in button order. */
    public List<BoxSize> all() {
        return sizes.all();
    }

    /** The code as stored: capitals, no surrounding spaces. */
    public static String code(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with the size as typed; empty when it can be saved. */
    public List<Message> problems(BoxSize size, boolean isNew) {
        List<Message> problems = new ArrayList<>();
        if (!CODE.matcher(size.code()).matches()) {
            problems.add(Message.of("packing.boxSize.invalidCode", size.code()));
        } else if (isNew && sizes.find(size.code()).isPresent()) {
            problems.add(Message.of("packing.boxSize.codeTaken", size.code()));
        }
        if (size.name().isBlank()) {
            problems.add(Message.of("packing.boxSize.nameMissing"));
        }
        Dimensions d = size.dimensions();
        if (Math.max(d.lengthCm(), Math.max(d.widthCm(), d.heightCm())) > LARGEST_CM) {
            problems.add(Message.of("packing.boxSize.tooLarge", LARGEST_CM));
        }
        return problems;
    }

    /**
     * Adds a new size or changes the one with the same code.
     *
     * @throws UserInputException naming each field to fix; nothing is saved then
     */
    public BoxSize save(BoxSize edited, boolean isNew) {
        BoxSize size = new BoxSize(code(edited.code()), edited.name().trim(), edited.dimensions(), edited.retired());
        List<Message> problems = problems(size, isNew);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return workspace.database().inTransaction(() -> {
            if (isNew) {
                sizes.insert(size);
            } else {
                sizes.update(size);
            }
            audit(isNew ? "create" : "update", size);
            return size;
        });
    }

    /** How many packages were measured with the size (same dimensions). */
    public int packagesUsing(BoxSize size) {
        return sizes.packagesMeasuredWith(size.dimensions());
    }

    /**
     * Deletes a size no package was measured with; returns it so the deletion can be undone.
     *
     * @throws UserInputException when packages use it, naming how many and offering to retire it instead
     */
    public BoxSize delete(String code) {
        BoxSize size = require(code);
        int used = packagesUsing(size);
        if (used > 0) {
            throw new UserInputException(Message.of("packing.boxSize.inUse", size.code(), used));
        }
        return workspace.database().inTransaction(() -> {
            sizes.delete(size.code());
            audit("delete", size);
            return size;
        });
    }

    /** Puts a deleted size back as it was (undo). */
    public BoxSize restore(BoxSize deleted) {
        return workspace.database().inTransaction(() -> {
            sizes.insert(deleted);
            audit("restore", deleted);
            return deleted;
        });
    }

    /** Retires the size (hidden from the packing screen's buttons) or brings it back into use. */
    public BoxSize retire(String code, boolean retired) {
        BoxSize size = require(code).withRetired(retired);
        return workspace.database().inTransaction(() -> {
            sizes.update(size);
            audit(retired ? "retire" : "reinstate", size);
            return size;
        });
    }

    private BoxSize require(String code) {
        return sizes.find(code(code)).orElseThrow(() -> new UserInputException(Message.of("packing.boxSize.unknown",
                code(code), String.join(", ", sizes.all().stream().map(BoxSize::code).toList()))));
    }

    private void audit(String action, BoxSize size) {
        new AuditRepository(workspace.database()).append(workspace.user(), action, ENTITY, size.code(),
                size.name() + " " + size.dimensions());
    }
}
