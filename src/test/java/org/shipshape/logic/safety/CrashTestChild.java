package org.shipshape.logic.safety;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.loading.LoadRepository;

/**
 * Run in a child JVM by {@link CrashTest}: packs packages with a varying number of lines and loads every other
 * one, printing a line only after each transaction committed, until it is killed.
 * Arguments: database file, shipment id, category id, run number.
 */
public final class CrashTestChild {
    private CrashTestChild() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long shipmentId = Long.parseLong(args[1]);
        long categoryId = Long.parseLong(args[2]);
        String run = args[3];
        Random random = new Random();
        try (Workspace workspace = Workspace.open(file, false, "crash-child")) {
            PackageRepository packages = new PackageRepository(workspace.database());
            LoadRepository loads = new LoadRepository(workspace.database());
            System.out.println("READY");
            System.out.flush();
            for (int k = 1; ; k++) {
                int lineCount = 1 + random.nextInt(40);
                String number = CrashTest.packageNumber(run, k, lineCount);
                long id = packages.insert(new Package(0, number, PackageKind.BOX, shipmentId, null, null,
                        new BigDecimal("12.5"), null, PackageStatus.SEALED, "crash-child", Instant.now()),
                        lines(lineCount, categoryId));
                System.out.println("COMMITTED " + number);
                System.out.flush();
                if (k % 2 == 0) {
                    loads.load(shipmentId, id, Instant.now(), "crash-child");
                    System.out.println("LOADED " + number);
                    System.out.flush();
                }
            }
        }
    }

    private static List<ContentLine> lines(int count, long categoryId) {
        List<ContentLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(new ContentLine(0, 0, 0, categoryId, "Crash-test line " + i + " \u2013 \u0219apc\u0103 \u0570\u0561\u0575", BigDecimal.ONE,
                    "pcs", Condition.USED_GOOD, new BigDecimal("3.50"), new BigDecimal("0.4"), null, null));
        }
        return lines;
    }
}
