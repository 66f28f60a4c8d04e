package org.shipshape.bench;

import org.shipshape.logic.imports.PackageImport;
import org.shipshape.logic.shipments.ShipmentService;
import java.nio.charset.StandardCharsets;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.shipments.Shipment;

/**
 * Builds a large shipment for the benchmark command: a 40HC shipment with the given number of sealed packages,
 * each with the given number of content lines, imported through {@link PackageImport} in one transaction.
 */
public final class ShippingBenchmarkData {
    private static final String[][] GOODS = {
        {"Men's clothes", "Men's cotton shirts, used", "used-good"},
        {"Towels", "Bath towels, cotton", "used-good"},
        {"Shoes", "Children's shoes, used", "used-fair"},
        {"Blankets, cotton", "Cotton blankets", "new"},
    };

    private ShippingBenchmarkData() {
    }

    /** Creates shipment {@code reference} with {@code packages} packages of {@code linesPerPackage} lines each. */
    public static Shipment create(Workspace workspace, String reference, int packages, int linesPerPackage) {
        Shipment shipment = new ShipmentService(workspace).create(Shipment.planned(reference, "ML",
                "Benchmark partner", "EUR", "40HC"));
        StringBuilder csv = new StringBuilder(String.join(",", PackageImport.COLUMNS)).append('\n');
        for (int p = 1; p <= packages; p++) {
            String number = reference + "-" + String.format("%05d", p);
            for (int l = 0; l < linesPerPackage; l++) {
                String[] goods = GOODS[(p + l) % GOODS.length];
                csv.append(number).append(",box,60,40,40,").append(l == 0 ? "12.5" : "").append(",,\"")
                        .append(goods[0]).append("\",\"").append(goods[1]).append("\",").append(1 + l)
                        .append(",,").append(goods[2]).append(",").append(5 + l).append(".50,1.2,\n");
            }
        }
        new PackageImport(workspace).importFile(reference + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                reference);
        return new ShipmentService(workspace).require(reference);
    }
}
