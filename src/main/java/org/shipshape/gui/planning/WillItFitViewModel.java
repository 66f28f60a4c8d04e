package org.shipshape.gui.planning;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.planning.ShipmentPlan;
import org.shipshape.logic.planning.ShipmentPlanService;
import org.shipshape.logic.planning.ShipmentPlanService.RoomLeft;

/**
 * "Will it fit?" for the packing and shipments screens: plans the shipment's packed packages in its container
 * with the 3D planner, then says how many more boxes of each standard size still fit.
 */
public final class WillItFitViewModel {
    /** The planner's answer: the packed packages that fit, and the room left per standard box size. */
    public record Answer(ShipmentPlan plan, List<RoomLeft> roomLeft) {
    }

    private final GuiContext context;
    private final ShipmentPlanService service;
    private final Messages text = Messages.of(WillItFitView.class);
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public WillItFitViewModel(GuiContext context) {
        this(context, new ShipmentPlanService(context.workspace()));
    }

    public WillItFitViewModel(GuiContext context, ShipmentPlanService service) {
        this.context = context;
        this.service = service;
    }

    /** Plans the shipment in the background; the answer replaces the previous one. */
    public void check(String shipmentReference) {
        if (shipmentReference == null || busy.get()) {
            answer.set(shipmentReference == null ? text.get("noShipment") : answer.get());
            return;
        }
        busy.set(true);
        answer.set(text.get("planning", shipmentReference));
        context.tasks().execute(BackgroundTask.of(text.get("title", shipmentReference), progress -> {
                    ShipmentPlan plan = service.plan(shipmentReference, progress);
                    return new Answer(plan, service.roomLeft(plan, progress));
                })
                .withProgressWindow()
                .onSuccess(result -> {
                    busy.set(false);
                    answer.set(describe(result));
                })
                .onCancelled(() -> {
                    busy.set(false);
                    answer.set("");
                })
                .onFailure(error -> {
                    busy.set(false);
                    answer.set("");
                    context.dialogs().showError(text.get("failed", shipmentReference, error.getMessage()), error);
                }));
    }

    String describe(Answer result) {
        ShipmentPlan plan = result.plan();
        int placed = plan.plan().placements().size();
        int unplaced = plan.plan().unplaced().size();
        String fits = unplaced == 0
                ? text.get("allFit", placed, Math.round(plan.plan().volumeFill() * 100))
                : text.get("someDoNotFit", unplaced, placed + unplaced, Math.round(plan.plan().volumeFill() * 100));
        String room = result.roomLeft().stream()
                .map(r -> text.get("roomLeft", r.count(), r.size().name()))
                .collect(Collectors.joining(" · "));
        return room.isEmpty() ? fits : fits + " " + text.get("stillFits", room);
    }

    public ReadOnlyStringProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
