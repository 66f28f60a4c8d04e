package org.shipshape.cli.planning;

import org.shipshape.cli.common.RootOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shipshape.logic.planning.BrInstanceGenerator;
import org.shipshape.logic.planning.BrInstanceReader;
import org.shipshape.logic.planning.BrInstanceReader.BrInstance;
import org.shipshape.logic.planning.InstanceEvaluation;
import org.shipshape.logic.planning.PlannerSettings;
import org.shipshape.logic.text.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan --instances FILE}: runs the load planner over benchmark instances and prints the utilisation. */
@Command(name = "plan", mixinStandardHelpOptions = true)
public final class PlanCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int INPUT_REJECTED = 1;
    static final int USAGE_ERROR = 2;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RootOptions root;

    @Option(names = "--shipment", paramLabel = "REF")
    private String shipment;

    @Option(names = "--containers", paramLabel = "auto|TYPES")
    private String containers;

    @Option(names = "--together", paramLabel = "NUMBERS")
    private java.util.List<String> together = new java.util.ArrayList<>();

    @Option(names = "--effort", paramLabel = "WORK")
    private Long effort;

    @Option(names = "--generate", paramLabel = "FILE")
    private Path generate;

    @Option(names = "--box-types", paramLabel = "N,N,...", split = ",", defaultValue = "30,40,50,60,70,80,90,100")
    private int[] boxTypes;

    @Option(names = "--per-count", paramLabel = "K", defaultValue = "5")
    private int perCount;

    @Option(names = "--first-seed", paramLabel = "SEED", defaultValue = "7000001")
    private long firstSeed;

    @Option(names = {"-o", "--output"}, paramLabel = "PLAN.pdf")
    private Path output;

    @Option(names = "--instances", paramLabel = "FILE")
    private Path instances;

    @Option(names = "--problems", paramLabel = "FROM-TO", defaultValue = "1-100")
    private String problems;

    @Option(names = "--support", paramLabel = "full|none", defaultValue = "full")
    private String support;

    @Option(names = "--time-limit", paramLabel = "S", defaultValue = "5")
    private double timeLimitSeconds;

    @Option(names = "--placements", paramLabel = "OUT.csv")
    private Path placements;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalogue text = root == null ? Catalogue.of(Locale.getDefault()) : root.text();
        if (shipment != null) {
            Duration limit = Duration.ofMillis(Math.round(timeLimitSeconds * 1000));
            return PlanShipmentRunner.run(root, shipment, containers, together, output, limit, out, err, text);
        }
        if (generate != null) {
            return generate(out, err, text);
        }
        if (instances == null) {
            err.println(text.text("PlanCommand.whatToPlan"));
            return USAGE_ERROR;
        }
        int[] range = parseRange(problems);
        if (range == null || !(support.equals("full") || support.equals("none")) || !(timeLimitSeconds > 0)
                || (effort != null && effort < 1)) {
            err.println(text.text("PlanCommand.badOptions"));
            return USAGE_ERROR;
        }
        List<BrInstance> loaded;
        try {
            loaded = BrInstanceReader.read(instances);
        } catch (IOException | IllegalArgumentException e) {
            err.println(text.text("PlanCommand.unreadable", instances.toString(), String.valueOf(e.getMessage())));
            return INPUT_REJECTED;
        }
        PlannerSettings settings = PlannerSettings.defaults()
                .withTimeLimit(Duration.ofMillis(Math.round(timeLimitSeconds * 1000)))
                .withFullSupport(support.equals("full"))
                .withWorkBudget(effort == null ? PlannerSettings.UNLIMITED_WORK : effort);
        String name = instances.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        out.println(text.text("PlanCommand.table.header"));
        InstanceEvaluation.Result result = new InstanceEvaluation(settings).run(name, loaded, range[0], range[1], row -> {
            out.printf(Locale.ROOT, "%7d  %6d/%-5d  %13.2f  %7.2f  %9d  %s%n", row.problem(), row.boxesPlaced(),
                    row.boxesTotal(), row.utilisationPercent(), row.seconds(), row.work(),
                    row.valid() ? text.text("PlanCommand.table.valid") : text.text("PlanCommand.table.invalid",
                            text.render(row.violations().get(0))));
            out.flush();
        });
        if (result.rows().isEmpty()) {
            err.println(text.text("PlanCommand.noSuchProblem", problems, instances.toString()));
            return INPUT_REJECTED;
        }
        out.println(text.text("PlanCommand.mean", name, result.rows().size(),
                String.format(Locale.ROOT, "%.2f", result.meanUtilisationPercent()),
                String.format(Locale.ROOT, "%.2f", result.meanSeconds())));
        if (placements != null) {
            try {
                InstanceEvaluation.writePlacements(result, placements);
            } catch (IOException e) {
                err.println(text.text("PlanCommand.placementsFailed", placements.toString(),
                        String.valueOf(e.getMessage())));
                return INPUT_REJECTED;
            }
        }
        return result.allValid() ? OK : INPUT_REJECTED;
    }

    private int generate(PrintWriter out, PrintWriter err, Catalogue text) {
        if (perCount < 1 || boxTypes.length == 0 || java.util.Arrays.stream(boxTypes).anyMatch(n -> n < 1)
                || firstSeed < 1 || firstSeed >= Integer.MAX_VALUE) {
            err.println(text.text("PlanCommand.badGenerateOptions", Integer.MAX_VALUE - 1));
            return USAGE_ERROR;
        }
        List<BrInstance> made = BrInstanceGenerator.heterogeneousSet(boxTypes, perCount, firstSeed);
        try {
            BrInstanceGenerator.write(made, generate);
        } catch (IOException e) {
            err.println(text.text("PlanCommand.generateFailed", generate.toString(), String.valueOf(e.getMessage())));
            return INPUT_REJECTED;
        }
        out.println(text.text("PlanCommand.generated", made.size(), generate.toString()));
        return OK;
    }

    /** "3-7" gives {3, 7}, "5" gives {5, 5}; anything else null. */
    static int[] parseRange(String text) {
        String[] parts = text.trim().split("-", -1);
        try {
            int from = Integer.parseInt(parts[0].trim());
            int to = parts.length == 1 ? from : Integer.parseInt(parts[1].trim());
            return parts.length <= 2 && from >= 1 && from <= to ? new int[] {from, to} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
