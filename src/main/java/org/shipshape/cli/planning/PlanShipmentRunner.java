package org.shipshape.cli.planning;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.shipshape.logic.planning.ContainerRequest;
import org.shipshape.logic.planning.LoadPlanPdf;
import org.shipshape.logic.planning.PlanMessages;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.planning.PlannerSettings;
import org.shipshape.logic.planning.ShipmentPlan;
import org.shipshape.logic.planning.ShipmentPlanService;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
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
                   Duration timeLimit, PrintWriter out, PrintWriter err) {
        if (root == null) {
            err.println("--shipment needs the database: run it as 'shipshape [--db FILE] plan --shipment REF'.");
            return ExitCode.USAGE;
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            err.println("Use a positive --time-limit, such as 5 (seconds).");
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
            print(shipmentPlan, root.text(), out);
            if (output != null) {
                try {
                    LoadPlanPdf.write(shipmentPlan, output);
                } catch (IOException e) {
                    throw new UserInputException("The loading plan could not be written to " + output + ": "
                            + e.getMessage() + " Choose another file or folder.");
                }
                out.println("Loading plan written to " + output);
            }
        }
        out.flush();
        return ExitCode.DONE;
    }

    static void print(ShipmentPlan shipmentPlan, Catalogue text, PrintWriter out) {
        List<ShipmentPlan.PlannedContainer> containers = shipmentPlan.containers();
        if (containers.size() == 1) {
            out.printf(Locale.ROOT, "Shipment %s, %s (%s)%n", shipmentPlan.reference(),
                    shipmentPlan.containerTypeName(), shipmentPlan.containerTypeCode());
        } else {
            out.printf(Locale.ROOT, "Shipment %s: %d containers, %s%n", shipmentPlan.reference(), containers.size(),
                    String.join(" + ", containers.stream().map(ShipmentPlan.PlannedContainer::typeCode).toList()));
        }
        out.printf(Locale.ROOT, "Loaded: %d of %d packages%s%n", shipmentPlan.placedCount(),
                shipmentPlan.packageCount(), containers.size() == 1 ? describe(shipmentPlan.plan())
                        : String.format(Locale.ROOT, ", %.1f kg", shipmentPlan.loadedKg()));
        for (int i = 0; i < containers.size(); i++) {
            ShipmentPlan.PlannedContainer container = containers.get(i);
            LoadPlan plan = container.plan();
            if (containers.size() > 1) {
                out.printf(Locale.ROOT, "Container %d of %d, %s (%s): %d packages%s%n", i + 1, containers.size(),
                        container.typeName(), container.typeCode(), plan.placements().size(), describe(plan));
            }
            CentreOfGravity cog = plan.centreOfGravity();
            out.printf(Locale.ROOT, "%sCentre of gravity: x %.0f / y %.0f / z %.0f cm (%.0f %% off centre lengthwise,"
                            + " %.0f %% across)%n", containers.size() > 1 ? "  " : "", cog.xCm(), cog.yCm(), cog.zCm(),
                    Math.abs(cog.lengthOffsetFraction()) * 100, Math.abs(cog.widthOffsetFraction()) * 100);
            if (containers.size() > 1) {
                out.println("  Loading order: " + String.join(" ", plan.placements().stream()
                        .map(p -> p.item().id()).toList()));
            }
            for (PlanNotice notice : plan.notices()) {
                out.println((containers.size() > 1 ? "  " : "") + (notice.isWarning() ? "Warning: " : "Note: ")
                        + text.render(PlanMessages.of(notice)));
            }
        }
        List<UnplacedCargo> unplaced = shipmentPlan.unplaced();
        if (!unplaced.isEmpty()) {
            out.println("Not loaded (" + unplaced.size() + "):");
            unplaced.forEach(u -> out.println("  " + u.item().id() + ": " + text.render(u.explanation())));
        }
        List<String> notPlannable = shipmentPlan.notPlannable();
        if (!notPlannable.isEmpty()) {
            out.println("Not planned (" + notPlannable.size() + "):");
            notPlannable.forEach(w -> out.println("  " + w));
        }
    }

    private static String describe(LoadPlan plan) {
        return String.format(Locale.ROOT, ", volume %.1f %%, weight %.1f %% (%.1f kg)", plan.volumeFill() * 100,
                plan.weightFill() * 100, plan.loadedKg());
    }
}
