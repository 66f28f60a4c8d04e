package org.shipshape.logic.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;

/**
 * Which containers to plan a shipment into: its own container, a list of container types in loading order, or as
 * many as needed, chosen by the planner.
 */
public record ContainerRequest(Kind kind, List<String> codes) {
    public enum Kind { SHIPMENTS_OWN, LISTED, AUTO }

    public static final ContainerRequest SHIPMENTS_OWN = new ContainerRequest(Kind.SHIPMENTS_OWN, List.of());
    public static final ContainerRequest AUTO = new ContainerRequest(Kind.AUTO, List.of());

    public ContainerRequest {
        codes = List.copyOf(codes);
    }

    public static ContainerRequest listed(List<String> codes) {
        return new ContainerRequest(Kind.LISTED, codes);
    }

    /**
     * "auto" or a comma-separated list of container type codes such as "40HC,20GP" (case does not matter).
     *
     * @throws UserInputException when the text names no container
     */
    public static ContainerRequest parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.equalsIgnoreCase("auto")) {
            return AUTO;
        }
        List<String> codes = new ArrayList<>();
        for (String part : trimmed.split(",")) {
            if (!part.isBlank()) {
                codes.add(part.trim().toUpperCase(Locale.ROOT));
            }
        }
        if (codes.isEmpty()) {
            throw new UserInputException(Message.of("planning.containers.unreadable"));
        }
        return listed(codes);
    }

    public boolean isAuto() {
        return kind == Kind.AUTO;
    }

    public boolean isShipmentsOwn() {
        return kind == Kind.SHIPMENTS_OWN;
    }
}
