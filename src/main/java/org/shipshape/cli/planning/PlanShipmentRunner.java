package org.shipshape.cli.planning;

import org.shipshape.cli.common.RootOptions;
import org.shipshape.cli.common.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.shipshape.logic.planning.LoadPlanPdf;
import org.shipshape.logic.planning.PlannerSettings;
import org.shipshape.logic.planning.ShipmentPlan;
import org.shipshape.logic.planning.ShipmentPlanService;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.planning.CentreOfGravity;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.UnplacedCargo;

/** {@code plan --shipment REF [-o plan.pdf]}: plans a real shipment's container from the database. */
final class PlanShipmentRunner {
    private PlanShipmentRunner() {
    }

    /**
     * @param root null when the plan command runs on its own, without the database options
     * @throws UserInputException when the shipment is unknown or cannot be planned (exit 1)
     */
    static int run(RootOptions root, String reference, Path output, Duration timeLimit, PrintWriter out,
                   PrintWriter err) {
        if (root == null) {
            err.println("--shipment needs the database: run it as 'shipshape [--db FILE] plan --shipment REF'.");
            return ExitCode.USAGE;
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            err.println("Use a positive --time-limit, such as 5 (seconds).");
            return ExitCode.USAGE;
        }
        try (Workspace workspace = root.openWorkspace()) {
            PlannerSettings settings = PlannerSettings.defaults().withTimeLimit(timeLimit);
            ShipmentPlan shipmentPlan = new ShipmentPlanService(workspace, settings, timeLimit)
                    .plan(reference, Progress.NONE);
            print(shipmentPlan, out);
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

    static void print(ShipmentPlan shipmentPlan, PrintWriter out) {
        LoadPlan plan = shipmentPlan.plan();
        int packages = plan.placements().size() + plan.unplaced().size() + shipmentPlan.notPlannable().size();
        CentreOfGravity cog = plan.centreOfGravity();
        out.printf(Locale.ROOT, "Shipment %s, %s (%s)%n", shipmentPlan.reference(), shipmentPlan.containerTypeName(),
                shipmentPlan.containerTypeCode());
        out.printf(Locale.ROOT, "Loaded: %d of %d packages, volume %.1f %%, weight %.1f %% (%.1f kg)%n",
                plan.placements().size(), packages, plan.volumeFill() * 100, plan.weightFill() * 100, plan.loadedKg());
        out.printf(Locale.ROOT, "Centre of gravity: x %.0f / y %.0f / z %.0f cm (%.0f %% off centre lengthwise,"
                        + " %.0f %% across)%n", cog.xCm(), cog.yCm(), cog.zCm(),
                Math.abs(cog.lengthOffsetFraction()) * 100, Math.abs(cog.widthOffsetFraction()) * 100);
        List<UnplacedCargo> unplaced = plan.unplaced();
        if (!unplaced.isEmpty()) {
            out.println("Not loaded (" + unplaced.size() + "):");
            unplaced.forEach(u -> out.println("  " + u.item().id() + ": " + u.explanation()));
        }
        List<String> warnings = shipmentPlan.warnings();
        if (!warnings.isEmpty()) {
            out.println("Warnings (" + warnings.size() + "):");
            warnings.forEach(w -> out.println("  " + w));
        }
    }
}
