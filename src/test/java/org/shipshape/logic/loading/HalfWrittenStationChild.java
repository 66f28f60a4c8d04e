package org.shipshape.logic.loading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.shipshape.bench.MixedStation;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.PackageKind;

/**
 * A station whose PC dies or falls silent in the middle of a change, run as its own process by {@link StationsUnderLoadTest}: in one
 * transaction it loads a package (the shipment's row stays locked) and packs three new boxes (the number counter stays
 * locked), says {@value #HALF_WRITTEN} with the new numbers on stdout, and waits, uncommitted, until it is killed (or the server ends its silent transaction).
 *
 * <pre>HalfWrittenStationChild ADDRESS STATION PACKAGE_TO_LOAD</pre>
 */
public final class HalfWrittenStationChild {
    static final String HALF_WRITTEN = "HALF-WRITTEN";

    private HalfWrittenStationChild() {
    }

    public static void main(String[] args) {
        BufferedReader parent = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Workspace workspace = Workspace.openServer(args[0], false, args[1])) {
            long shipmentId = MixedStation.shipmentId(workspace);
            workspace.database().inTransaction(() -> {
                LoadResult loaded = new LoadingService(workspace).load(shipmentId, args[2]);
                if (!loaded.done()) {
                    throw new IllegalStateException("The first load was refused: " + loaded.refusal().key());
                }
                List<String> packed = new PackingService(workspace).createEmptyPackages(shipmentId, 3,
                        PackageKind.BOX, null);
                System.out.println(HALF_WRITTEN + " " + String.join(" ", packed));
                System.out.flush();
                try {
                    return parent.readLine(); // the parent never answers: it kills this process
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
