package org.shipshape.logic.planning;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.shipshape.logic.planning.BrInstanceReader.BrInstance;
import org.shipshape.model.common.Message;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.Placement;
import org.shipshape.logic.io.AtomicFileWriter;

/** Runs the planner over benchmark instances and checks every plan with {@link PlanValidator}. */
public final class InstanceEvaluation {
    /** The result for one problem; {@code violations} is empty when the plan is valid. */
    public record Row(int problem, int boxesPlaced, int boxesTotal, double utilisationPercent, double seconds,
                      long work, List<Message> violations, LoadPlan plan) {
        public Row {
            violations = List.copyOf(violations);
        }

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    public record Result(String instanceName, List<Row> rows) {
        public Result {
            rows = List.copyOf(rows);
        }

        public double meanUtilisationPercent() {
            return rows.stream().mapToDouble(Row::utilisationPercent).average().orElse(0);
        }

        public double meanSeconds() {
            return rows.stream().mapToDouble(Row::seconds).average().orElse(0);
        }

        public boolean allValid() {
            return rows.stream().allMatch(Row::valid);
        }
    }

    private final PlannerSettings settings;

    public InstanceEvaluation(PlannerSettings settings) {
        this.settings = settings;
    }

    /**
     * Plans each instance whose problem number lies in [firstProblem, lastProblem], handing each row to
     * {@code onRow} as soon as it is done.
     */
    public Result run(String instanceName, List<BrInstance> instances, int firstProblem, int lastProblem,
                      Consumer<Row> onRow) {
        LoadPlanner planner = new LoadPlanner(settings);
        PlanValidator validator = new PlanValidator(settings.fullSupport());
        List<Row> rows = new ArrayList<>();
        for (BrInstance instance : instances) {
            if (instance.problem() < firstProblem || instance.problem() > lastProblem) {
                continue;
            }
            var items = instance.items();
            long start = System.nanoTime();
            LoadPlan plan = planner.plan(instance.container(), items, PlanningProgress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            Row row = new Row(instance.problem(), plan.placements().size(), items.size(), 100 * plan.volumeFill(),
                    seconds, planner.lastSearchWork(), validator.violations(plan), plan);
            rows.add(row);
            onRow.accept(row);
        }
        return new Result(instanceName, rows);
    }

    /** Writes {@code instance,box_type,x,y,z,dx,dy,dz} for every placed box, replacing the target atomically. */
    public static void writePlacements(Result result, Path target) throws IOException {
        AtomicFileWriter.write(target, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            out.write("instance,box_type,x,y,z,dx,dy,dz\n");
            for (Row row : result.rows()) {
                for (Placement p : row.plan().placements()) {
                    out.write(result.instanceName() + "-" + row.problem() + "," + p.item().category() + ","
                            + p.x() + "," + p.y() + "," + p.z() + "," + p.dx() + "," + p.dy() + "," + p.dz() + "\n");
                }
            }
            out.flush();
        });
    }
}
