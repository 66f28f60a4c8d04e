package org.shipshape.logic.shipments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shipshape.logic.common.CodedReferenceData;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.store.shipments.ContainerTypeRepository;

/**
 * Container types as reference data (inside and door size, payload, tare). A type a shipment uses cannot be
 * deleted, only retired: it is no longer offered for new shipments and old ones keep it.
 */
public final class ContainerTypes extends CodedReferenceData<ContainerType> {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,11}");
    /** Larger than any ISO container (a 53 ft is 16 m long, 2.7 m high inside). */
    private static final int LARGEST_MM = 17_000;
    private static final BigDecimal LARGEST_KG = BigDecimal.valueOf(40_000);

    private final ContainerTypeRepository types;

    public ContainerTypes(Workspace workspace) {
        this(workspace, new ContainerTypeRepository(workspace.database()), "shipments.containerType");
    }

    private ContainerTypes(Workspace workspace, ContainerTypeRepository types, String feature) {
        super(workspace, types, feature);
        this.types = types;
    }

    public static String code(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with the type as typed; empty when it can be saved. */
    @Override
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

    @Override
    protected ContainerType normalised(ContainerType edited) {
        return new ContainerType(code(edited.code()), edited.name().trim(), edited.insideLengthMm(),
                edited.insideWidthMm(), edited.insideHeightMm(), edited.doorWidthMm(), edited.doorHeightMm(),
                edited.maxPayloadKg(), edited.tareKg(), edited.retired());
    }

    public int shipmentsUsing(String code) {
        return types.shipmentsUsing(code(code));
    }

    @Override
    protected Optional<Message> keptBy(ContainerType entry) {
        int used = types.shipmentsUsing(entry.code());
        return used > 0 ? Optional.of(Message.of("shipments.containerType.inUse", entry.code(), used))
                : Optional.empty();
    }

    @Override
    protected UserInputException unknown(String code) {
        return new UserInputException(Message.of("shipments.containerType.unknown", code(code),
                String.join(", ", all().stream().map(ContainerType::code).toList())));
    }

}
