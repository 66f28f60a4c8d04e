package org.shipshape.logic.shipments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.shipments.ContainerTypeRepository;

/**
 * Container types as reference data (inside and door size, payload, tare). A type a shipment uses cannot be
 * deleted, only retired: it is no longer offered for new shipments and old ones keep it.
 */
public final class ContainerTypes {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,11}");
    /** Larger than any ISO container (a 53 ft is 16 m long, 2.7 m high inside). */
    private static final int LARGEST_MM = 17_000;
    private static final BigDecimal LARGEST_KG = BigDecimal.valueOf(40_000);
    private static final String ENTITY = "container_type";

    private final Workspace workspace;
    private final ContainerTypeRepository types;

    public ContainerTypes(Workspace workspace) {
        this.workspace = workspace;
        this.types = new ContainerTypeRepository(workspace.database());
    }

    public List<ContainerType> all() {
        return types.all();
    }

    public static String code(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with the type as typed; empty when it can be saved. */
    public List<Message> problems(ContainerType t, boolean isNew) {
        List<Message> problems = new ArrayList<>();
        if (!CODE.matcher(t.code()).matches()) {
            problems.add(Message.of("shipments.containerType.invalidCode", t.code()));
        } else if (isNew && types.find(t.code()).isPresent()) {
            problems.add(Message.of("shipments.containerType.codeTaken", t.code()));
        }
        if (t.name().isBlank()) {
            problems.add(Message.of("shipments.containerType.nameMissing"));
        }
        int[] sizes = {t.insideLengthMm(), t.insideWidthMm(), t.insideHeightMm(), t.doorWidthMm(), t.doorHeightMm()};
        for (int size : sizes) {
            if (size <= 0 || size > LARGEST_MM) {
                problems.add(Message.of("shipments.containerType.sizes", LARGEST_MM));
                break;
            }
        }
        if (t.doorWidthMm() > t.insideWidthMm() || t.doorHeightMm() > t.insideHeightMm()) {
            problems.add(Message.of("shipments.containerType.doorTooLarge"));
        }
        if (t.maxPayloadKg().signum() <= 0 || t.maxPayloadKg().compareTo(LARGEST_KG) > 0) {
            problems.add(Message.of("shipments.containerType.payload", LARGEST_KG));
        }
        if (t.tareKg() != null && (t.tareKg().signum() <= 0 || t.tareKg().compareTo(LARGEST_KG) > 0)) {
            problems.add(Message.of("shipments.containerType.tare", LARGEST_KG));
        }
        return problems;
    }

    /**
     * Adds a new type or changes the one with the same code.
     *
     * @throws UserInputException naming each field to fix; nothing is saved then
     */
    public ContainerType save(ContainerType edited, boolean isNew) {
        ContainerType t = new ContainerType(code(edited.code()), edited.name().trim(), edited.insideLengthMm(),
                edited.insideWidthMm(), edited.insideHeightMm(), edited.doorWidthMm(), edited.doorHeightMm(),
                edited.maxPayloadKg(), edited.tareKg(), edited.retired());
        List<Message> problems = problems(t, isNew);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return workspace.database().inTransaction(() -> {
            if (isNew) {
                types.insert(t);
            } else {
                types.update(t);
            }
            audit(isNew ? "create" : "update", t);
            return t;
        });
    }

    public int shipmentsUsing(String code) {
        return types.shipmentsUsing(code(code));
    }

    /**
     * Deletes a type no shipment uses; returns it so the deletion can be undone.
     *
     * @throws UserInputException when shipments use it, naming how many and offering to retire it instead
     */
    public ContainerType delete(String code) {
        ContainerType t = require(code);
        int used = types.shipmentsUsing(t.code());
        if (used > 0) {
            throw new UserInputException(Message.of("shipments.containerType.inUse", t.code(), used));
        }
        return workspace.database().inTransaction(() -> {
            types.delete(t.code());
            audit("delete", t);
            return t;
        });
    }

    public ContainerType restore(ContainerType deleted) {
        return workspace.database().inTransaction(() -> {
            types.insert(deleted);
            audit("restore", deleted);
            return deleted;
        });
    }

    /** Retires the type (not offered for new shipments) or brings it back. */
    public ContainerType retire(String code, boolean retired) {
        ContainerType t = require(code).withRetired(retired);
        return workspace.database().inTransaction(() -> {
            types.update(t);
            audit(retired ? "retire" : "reinstate", t);
            return t;
        });
    }

    private ContainerType require(String code) {
        return types.find(code(code)).orElseThrow(() -> new UserInputException(Message.of(
                "shipments.containerType.unknown", code(code),
                String.join(", ", all().stream().map(ContainerType::code).toList()))));
    }

    private void audit(String action, ContainerType t) {
        new AuditRepository(workspace.database()).append(workspace.user(), action, ENTITY, t.code(), t.name());
    }
}
