package org.shipshape.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import org.shipshape.logic.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shipshape screens --db FILE --out DIR --name NAME}: the screenshot tour of packaging/screenshots.sh. Needs a
 * display (the script gives it a virtual one of the wanted size).
 */
@Command(name = "screens", mixinStandardHelpOptions = true,
        description = {"Open the window on the database, picture every section into DIR and print how long the"
                + " start, the inventory's first fill and scans took. Used by packaging/screenshots.sh under a"
                + " virtual display; your own database is only read (scans go to a copy made by the script)."})
public final class ScreensCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The database to open.")
    private Path database;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the pictures.")
    private Path out;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "Start of each picture's name, such as sample-1366x768.")
    private String name;

    @Option(names = "--size", defaultValue = "1366x768", paramLabel = "WxH",
            description = "Size of the window (default: ${DEFAULT-VALUE}).")
    private String size;

    @Option(names = "--add-shipment", paramLabel = "PACKAGES",
            description = "First add shipment SCAN-<PACKAGES> of that many sealed packages, then time scans of it.")
    private Integer addShipment;

    @Option(names = "--scans", defaultValue = "5", description = "Scans to time (default: ${DEFAULT-VALUE}).")
    private int scans;

    @Override
    public Integer call() throws Exception {
        PrintWriter report = spec.commandLine().getOut();
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        String shipment = null;
        if (addShipment != null) {
            shipment = "SCAN-" + addShipment;
            try (Workspace workspace = Workspace.open(database, false, "Screenshot tour")) {
                if (new org.shipshape.logic.shipments.ShipmentService(workspace).find(shipment).isEmpty()) {
                    ShippingBenchmarkData.create(workspace, shipment, addShipment, 8);
                }
            }
        }
        Files.createDirectories(out);
        // the tour sets the window to its laptop size; the user's next start must not open at it
        BenchCommand.keepUserPreferencesOutOfIt();
        ScreenTour.Times times = new ScreenTour(line -> {
            report.println(line);
            report.flush();
        }).run(database, Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), out, name, shipment, scans);
        report.printf("start-to-usable-ms %d%n", times.startToUsable());
        report.printf("inventory-first-fill-ms %d (%d rows)%n", times.inventoryFirstFill(), times.inventoryRows());
        if (!times.scans().isEmpty()) {
            report.printf("scan-ms %s%n", String.join(" ", times.scans().stream().map(String::valueOf).toList()));
        }
        report.flush();
        Platform.exit();
        return 0;
    }
}
