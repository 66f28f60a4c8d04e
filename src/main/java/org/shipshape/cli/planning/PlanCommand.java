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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plan --instances FILE}: runs the load planner over benchmark instances and prints the utilisation. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plan a shipment's container, or container loads for benchmark instances (OR-Library thpack"
                + " format), and report the fill.")
public final class PlanCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int INPUT_REJECTED = 1;
    static final int USAGE_ERROR = 2;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RootOptions root;

    @Option(names = "--shipment", paramLabel = "REF",
            description = "Plan this shipment's container from its packages; prints fill, unplaced packages"
                    + " and warnings.")
    private String shipment;

    @Option(names = "--containers", paramLabel = "auto|TYPES",
            description = "With --shipment: plan into these container types in loading order, such as 40HC,20GP,"
                    + " or 'auto' for the fewest containers, then the cheapest mix. Without it: the shipment's own"
                    + " container.")
    private String containers;

    @Option(names = "--together", paramLabel = "NUMBERS",
            description = "With --shipment: package numbers that must travel in one container, such as"
                    + " MLI-0001,MLI-0002; repeat for more groups. Adds to the groups stored in the settings.")
    private java.util.List<String> together = new java.util.ArrayList<>();

    @Option(names = "--effort", paramLabel = "WORK",
            description = "With --instances: bound each problem by this much search work (blocks placed while"
                    + " looking ahead) instead of by time, so that results do not depend on the machine or its"
                    + " load. The time limit still applies.")
    private Long effort;

    @Option(names = "--generate", paramLabel = "FILE",
            description = "Write instances made with the Bischoff and Ratcliff (1995) generator to FILE (thpack"
                    + " format), to plan with --instances: --box-types problems per count from --first-seed.")
    private Path generate;

    @Option(names = "--box-types", paramLabel = "N,N,...", split = ",", defaultValue = "30,40,50,60,70,80,90,100",
            description = "With --generate: the numbers of box types (default: ${DEFAULT-VALUE}).")
    private int[] boxTypes;

    @Option(names = "--per-count", paramLabel = "K", defaultValue = "5",
            description = "With --generate: problems per number of box types (default: ${DEFAULT-VALUE}).")
    private int perCount;

    @Option(names = "--first-seed", paramLabel = "SEED", defaultValue = "7000001",
            description = "With --generate: seed of problem 1; the next problems add 100 each"
                    + " (default: ${DEFAULT-VALUE}).")
    private long firstSeed;

    @Option(names = {"-o", "--output"}, paramLabel = "PLAN.pdf",
            description = "With --shipment: also write the printable loading plan.")
    private Path output;

    @Option(names = "--instances", paramLabel = "FILE",
            description = "Instances in OR-Library thpack format, such as BR1.txt.")
    private Path instances;

    @Option(names = "--problems", paramLabel = "FROM-TO", defaultValue = "1-100",
            description = "Problem numbers to plan, such as 1-10 or 7 (default: ${DEFAULT-VALUE}).")
    private String problems;

    @Option(names = "--support", paramLabel = "full|none", defaultValue = "full",
            description = "full: every box rests entirely on the floor or on box tops; none: boxes may overhang.")
    private String support;

    @Option(names = "--time-limit", paramLabel = "S", defaultValue = "5",
            description = "Seconds per problem (default: ${DEFAULT-VALUE}).")
    private double timeLimitSeconds;

    @Option(names = "--placements", paramLabel = "OUT.csv",
            description = "Also write every placed box as instance,box_type,x,y,z,dx,dy,dz.")
    private Path placements;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (shipment != null) {
            Duration limit = Duration.ofMillis(Math.round(timeLimitSeconds * 1000));
            return PlanShipmentRunner.run(root, shipment, containers, together, output, limit, out, err);
        }
        if (generate != null) {
            return generate(out, err);
        }
        if (instances == null) {
            err.println("Give --instances FILE (benchmark) or --shipment REF (a shipment of the database).");
            return USAGE_ERROR;
        }
        int[] range = parseRange(problems);
        if (range == null || !(support.equals("full") || support.equals("none")) || !(timeLimitSeconds > 0)
                || (effort != null && effort < 1)) {
            err.println("Use --problems FROM-TO with FROM <= TO, --support full or none, a positive --time-limit"
                    + " and a positive --effort.");
            return USAGE_ERROR;
        }
        List<BrInstance> loaded;
        try {
            loaded = BrInstanceReader.read(instances);
        } catch (IOException | IllegalArgumentException e) {
            err.println("Cannot read instances from " + instances + ": " + e.getMessage());
            return INPUT_REJECTED;
        }
        PlannerSettings settings = PlannerSettings.defaults()
                .withTimeLimit(Duration.ofMillis(Math.round(timeLimitSeconds * 1000)))
                .withFullSupport(support.equals("full"))
                .withWorkBudget(effort == null ? PlannerSettings.UNLIMITED_WORK : effort);
        String name = instances.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        out.println("problem  placed/total  utilisation %  seconds       work  valid");
        InstanceEvaluation.Result result = new InstanceEvaluation(settings).run(name, loaded, range[0], range[1], row -> {
            out.printf(Locale.ROOT, "%7d  %6d/%-5d  %13.2f  %7.2f  %9d  %s%n", row.problem(), row.boxesPlaced(),
                    row.boxesTotal(), row.utilisationPercent(), row.seconds(), row.work(),
                    row.valid() ? "yes" : "NO: " + row.violations().get(0));
            out.flush();
        });
        if (result.rows().isEmpty()) {
            err.println("No problem numbered " + problems + " in " + instances + ".");
            return INPUT_REJECTED;
        }
        out.printf(Locale.ROOT, "mean %s (%d problems): %.2f %% in %.2f s on average%n", name,
                result.rows().size(), result.meanUtilisationPercent(), result.meanSeconds());
        if (placements != null) {
            try {
                InstanceEvaluation.writePlacements(result, placements);
            } catch (IOException e) {
                err.println("Cannot write placements to " + placements + ": " + e.getMessage());
                return INPUT_REJECTED;
            }
        }
        return result.allValid() ? OK : INPUT_REJECTED;
    }

    private int generate(PrintWriter out, PrintWriter err) {
        if (perCount < 1 || boxTypes.length == 0 || java.util.Arrays.stream(boxTypes).anyMatch(n -> n < 1)
                || firstSeed < 1 || firstSeed >= Integer.MAX_VALUE) {
            err.println("Use --box-types with counts of 1 or more, a positive --per-count and a --first-seed between"
                    + " 1 and " + (Integer.MAX_VALUE - 1) + ".");
            return USAGE_ERROR;
        }
        List<BrInstance> made = BrInstanceGenerator.heterogeneousSet(boxTypes, perCount, firstSeed);
        try {
            BrInstanceGenerator.write(made, generate);
        } catch (IOException e) {
            err.println("Cannot write instances to " + generate + ": " + e.getMessage());
            return INPUT_REJECTED;
        }
        out.println(made.size() + " instances written to " + generate);
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
