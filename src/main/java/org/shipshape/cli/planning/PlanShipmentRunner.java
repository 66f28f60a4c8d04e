package org.shipshape.cli.planning;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.planning.ContainerRequest;
import org.shipshape.logic.planning.LoadPlanPdf;
import org.shipshape.logic.planning.PlanMessages;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.planning.PlannerSettings;
import org.shipshape.logic.planning.ShipmentPlan;
import org.shipshape.logic.planning.ShipmentPlanService;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.planning.CentreOfGravity;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.PlanNotice;
import org.shipshape.model.planning.UnplacedCargo;

/**
 * {@code plan --shipment REF [--containers auto|40HC,20GP] [--together A,B] [-o plan.pdf]}: plans a real shipment's
 * container, or as many containers as it needs, from the database.
 */
final class PlanShipmentRunner {
    private PlanShipmentRunner() {
    }

    /**
     * @param root       null when the plan command runs on its own, without the database options
     * @param containers null for the shipment's own container, else "auto" or a list of container type codes
     * @param together   travel-together groups as comma-separated package numbers, on top of the stored ones
     * @throws UserInputException when the shipment is unknown or cannot be planned (exit 1)
     */
    static int run(RootOptions root, String reference, String containers, List<String> together, Path output,
                   Duration timeLimit, PrintWriter out, PrintWriter err, Catalogue text) {
        if (root == null) {
            err.println(text.text("PlanCommand.needsDatabase"));
            return ExitCode.USAGE;
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            err.println(text.text("PlanCommand.positiveTimeLimit"));
            return ExitCode.USAGE;
        }
        ContainerRequest request = containers == null ? ContainerRequest.SHIPMENTS_OWN
                : ContainerRequest.parse(containers);
        List<List<String>> groups = together.stream().map(g -> List.of(g.split(","))).map(g -> g.stream()
                .map(String::trim).filter(n -> !n.isEmpty()).toList()).toList();
        try (Workspace workspace = root.openWorkspace()) {
            PlannerSettings settings = PlannerSettings.defaults().withTimeLimit(timeLimit);
            ShipmentPlan shipmentPlan = new ShipmentPlanService(workspace, settings, timeLimit)
                    .plan(reference, request, groups, Progress.NONE);
            print(shipmentPlan, out, text);
            if (output != null) {
                try {
                    LoadPlanPdf.write(shipmentPlan, output);
                } catch (IOException e) {
                    throw new UserInputException(AtomicFileWriter.whyNotWritten(e, Message.of("PlanCommand.pdfFailed",
                            output.toString(), String.valueOf(e.getMessage()))));
                }
                out.println(text.text("PlanCommand.pdfWritten", output.toString()));
            }
        }
        out.flush();
        return ExitCode.DONE;
    }

    static void print(ShipmentPlan shipmentPlan, PrintWriter out, Catalogue text) {
        List<ShipmentPlan.PlannedContainer> containers = shipmentPlan.containers();
        boolean several = containers.size() > 1;
        if (several) {
            out.println(text.text("PlanCommand.shipmentMany", shipmentPlan.reference(), containers.size(),
                    String.join(" + ", containers.stream().map(ShipmentPlan.PlannedContainer::typeCode).toList())));
            out.println(text.text("PlanCommand.loadedKg", shipmentPlan.placedCount(), shipmentPlan.packageCount(),
                    shipmentPlan.loadedKg()));
        } else {
            LoadPlan plan = shipmentPlan.plan();
            out.println(text.text("PlanCommand.shipment", shipmentPlan.reference(),
                    shipmentPlan.containerTypeName(), shipmentPlan.containerTypeCode()));
            out.println(text.text("PlanCommand.loaded", shipmentPlan.placedCount(), shipmentPlan.packageCount(),
                    plan.volumeFill(), plan.weightFill(), plan.loadedKg()));
        }
        String indent = several ? "  " : "";
        for (int i = 0; i < containers.size(); i++) {
            ShipmentPlan.PlannedContainer container = containers.get(i);
            LoadPlan plan = container.plan();
            if (several) {
                out.println(text.text("PlanCommand.container", i + 1, containers.size(), container.typeName(),
                        container.typeCode(), plan.placements().size(), plan.volumeFill(), plan.weightFill(),
                        plan.loadedKg()));
            }
            CentreOfGravity cog = plan.centreOfGravity();
            out.println(indent + text.text("PlanCommand.centreOfGravity", cog.xCm(), cog.yCm(), cog.zCm(),
                    Math.abs(cog.lengthOffsetFraction()), Math.abs(cog.widthOffsetFraction())));
            if (several) {
                out.println(indent + text.text("PlanCommand.loadingOrder", String.join(" ",
                        plan.placements().stream().map(p -> p.item().id()).toList())));
            }
            for (PlanNotice notice : plan.notices()) {
                out.println(indent + text.text(notice.isWarning() ? "PlanCommand.warning" : "PlanCommand.note",
                        text.render(PlanMessages.of(notice))));
            }
        }
        List<UnplacedCargo> unplaced = shipmentPlan.unplaced();
        if (!unplaced.isEmpty()) {
            out.println(text.text("PlanCommand.notLoaded", unplaced.size()));
            unplaced.forEach(u -> out.println("  " + u.item().id() + ": " + text.render(u.explanation())));
        }
        List<String> notPlannable = shipmentPlan.notPlannable();
        if (!notPlannable.isEmpty()) {
            out.println(text.text("PlanCommand.notPlanned", notPlannable.size()));
            notPlannable.forEach(w -> out.println("  " + w));
        }
    }

}
