package org.shipshape.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.apache.commons.io.file.PathUtils;
import org.shipshape.logic.io.CsvExport;
import org.shipshape.logic.sample.LargeWarehouse;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shipshape bench [--quick] [-o FILE.csv]}: measures the registered operations on generated data. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure how long Shipshape's operations take on a generated large warehouse (in a"
                + " temporary folder; your database is not touched) and print one row per operation.",
            "Each operation runs after a warm-up; times are the median and 95th percentile of the measured runs."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "A tenth of the data and fewer runs; finishes in under a minute.")
    private boolean quick;

    @Option(names = "--only", paramLabel = "TEXT",
            description = "Run only the operations whose name contains TEXT (ignoring case), e.g. --only import.")
    private String only;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", description = "Also write the results as CSV.")
    private Path output;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the generated warehouse (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null) {
            Path folder = output.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new UserInputException(Message.of("BenchCommand.noFolder", String.valueOf(folder)));
            }
        }
        keepUserPreferencesOutOfIt();
        BenchRunner runner = new BenchRunner(quick ? BenchRunner.Plan.QUICK : BenchRunner.Plan.FULL, message -> {
            err.println(message);
            err.flush();
        });
        List<BenchResult> results;
        try (BenchContext context = new BenchContext(quick ? LargeWarehouse.Size.TENTH : LargeWarehouse.Size.FULL,
                seed)) {
            results = runner.run(BenchOperations.all(context).stream().filter(operation -> only == null
                    || operation.name().toLowerCase(java.util.Locale.ROOT).contains(only.toLowerCase(
                            java.util.Locale.ROOT))).toList(), context);
        } finally {
            HeadlessWindow.stopToolkit();
        }
        print(out, results);
        if (output != null) {
            write(output, results);
            out.println("Results written to " + output.toAbsolutePath());
        }
        out.flush();
        return 0;
    }

    /**
     * The window remembers its size and position; bench and screenshot runs must not overwrite the user's. Their
     * preferences go to a temporary folder, removed when the JVM ends (written out first, so that the preferences'
     * own exit hook finds nothing left to write).
     */
    static void keepUserPreferencesOutOfIt() throws IOException {
        if (System.getProperty("java.util.prefs.userRoot") == null) {
            Path preferences = Files.createTempDirectory("shipshape-bench-prefs");
            System.setProperty("java.util.prefs.userRoot", preferences.toString());
            // set up now: the preferences add an exit hook of their own when first used, which fails (and left the
            // folder behind) if that first use is this hook, on a run that ended before any window was made
            Preferences.userRoot();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> removeAtExit(preferences),
                    "bench-preferences-removal"));
        }
    }

    private static void removeAtExit(Path preferences) {
        try {
            Preferences.userRoot().flush();
            PathUtils.deleteDirectory(preferences);
        } catch (IOException | BackingStoreException | RuntimeException e) {
            System.err.println("The bench's preferences folder " + preferences + " was not removed: " + e);
        }
    }

    static void print(PrintWriter out, List<BenchResult> results) {
        String format = "%-40s %-48s %10s %10s %10s%n";
        out.printf(format, "operation", "size", "median ms", "p95 ms", "peak MB");
        for (BenchResult r : results) {
            out.printf(Locale.ROOT, format, r.name(), r.size(), String.format(Locale.ROOT, "%.1f", r.medianMillis()),
                    String.format(Locale.ROOT, "%.1f", r.p95Millis()),
                    String.format(Locale.ROOT, "%.0f", r.peakHeapMegabytes()));
        }
    }

    static void write(Path file, List<BenchResult> results) throws IOException {
        CsvExport.write(file, BenchResult.HEADER, results.stream().map(BenchResult::row).toList());
    }
}
