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
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;
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
                   PrintWriter err, Catalogue text) {
        if (root == null) {
            err.println(text.text("PlanCommand.needsDatabase"));
            return ExitCode.USAGE;
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            err.println(text.text("PlanCommand.positiveTimeLimit"));
            return ExitCode.USAGE;
        }
        try (Workspace workspace = root.openWorkspace()) {
            PlannerSettings settings = PlannerSettings.defaults().withTimeLimit(timeLimit);
            ShipmentPlan shipmentPlan = new ShipmentPlanService(workspace, settings, timeLimit)
                    .plan(reference, Progress.NONE);
            print(shipmentPlan, out, text);
            if (output != null) {
                try {
                    LoadPlanPdf.write(shipmentPlan, output);
                } catch (IOException e) {
                    throw new UserInputException(Message.of("PlanCommand.pdfFailed", output.toString(),
                            String.valueOf(e.getMessage())));
                }
                out.println(text.text("PlanCommand.pdfWritten", output.toString()));
            }
        }
        out.flush();
        return ExitCode.DONE;
    }

    static void print(ShipmentPlan shipmentPlan, PrintWriter out, Catalogue text) {
        LoadPlan plan = shipmentPlan.plan();
        int packages = plan.placements().size() + plan.unplaced().size() + shipmentPlan.notPlannable().size();
        CentreOfGravity cog = plan.centreOfGravity();
        out.println(text.text("PlanCommand.shipment", shipmentPlan.reference(), shipmentPlan.containerTypeName(),
                shipmentPlan.containerTypeCode()));
        out.println(text.text("PlanCommand.loaded", plan.placements().size(), packages, plan.volumeFill(),
                plan.weightFill(), plan.loadedKg()));
        out.println(text.text("PlanCommand.centreOfGravity", cog.xCm(), cog.yCm(), cog.zCm(),
                Math.abs(cog.lengthOffsetFraction()), Math.abs(cog.widthOffsetFraction())));
        List<UnplacedCargo> unplaced = plan.unplaced();
        if (!unplaced.isEmpty()) {
            out.println(text.text("PlanCommand.notLoaded", unplaced.size()));
            unplaced.forEach(u -> out.println("  " + u.item().id() + ": " + u.explanation()));
        }
        List<String> warnings = shipmentPlan.warnings();
        if (!warnings.isEmpty()) {
            out.println(text.text("PlanCommand.warnings", warnings.size()));
            warnings.forEach(w -> out.println("  " + w));
        }
    }
}
