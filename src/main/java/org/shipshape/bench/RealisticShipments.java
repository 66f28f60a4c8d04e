package org.shipshape.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.shipshape.logic.planning.LoadPlanner;
import org.shipshape.logic.planning.PlanValidator;
import org.shipshape.logic.planning.PlannerSettings;
import org.shipshape.logic.planning.PlanningProgress;
import org.shipshape.model.planning.LoadPlan;

/**
 * Plans the realistic charity test set ({@link RealisticLoad#charityShipments()}) and prints the fill reached on
 * each, for docs/PLANNER.md. With a work budget (the first argument) the figures are the same on every machine;
 * without, each shipment gets the default five seconds.
 *
 * <p>Run: {@code java -cp "target/shipshape.jar:target/lib/*" org.shipshape.bench.RealisticShipments [WORK]}
 */
public final class RealisticShipments {
    private RealisticShipments() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        PlannerSettings settings = PlannerSettings.defaults();
        if (args.length > 0) {
            settings = settings.withWorkBudget(Long.parseLong(args[0])).withTimeLimit(Duration.ofMinutes(10));
        }
        out.println("shipment | container | packages placed | volume % | weight % | CoG off middle (length, width) %"
                + " | seconds | work | violations | notices");
        for (RealisticLoad.CharityShipment shipment : RealisticLoad.charityShipments()) {
            LoadPlanner planner = new LoadPlanner(settings);
            long started = System.nanoTime();
            LoadPlan plan = planner.plan(shipment.container(), shipment.packages(), PlanningProgress.NONE);
            double seconds = (System.nanoTime() - started) / 1e9;
            int violations = new PlanValidator(true).violations(plan).size();
            out.printf(Locale.ROOT, "%s | %s | %d of %d | %.1f | %.1f | %.1f, %.1f | %.2f | %d | %d | %s%n",
                    shipment.name(), shipment.containerCode(), plan.placements().size(), shipment.packages().size(),
                    100 * plan.volumeFill(), 100 * plan.weightFill(),
                    100 * plan.centreOfGravity().lengthOffsetFraction(),
                    100 * plan.centreOfGravity().widthOffsetFraction(), seconds, planner.lastSearchWork(),
                    violations, plan.notices().stream().map(n -> n.kind().name()).toList());
        }
    }
}
