package org.shipshape.store.shipments;

import java.util.List;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Package;
import org.shipshape.store.db.Database;
import org.shipshape.store.packing.PackageRepository;

/** The content lines of all packages of a shipment in one query (container lists, charts, capacity). */
public final class ShipmentContentsRepository {
    private final Database db;

    public ShipmentContentsRepository(Database db) {
        this.db = db;
    }

    /** A package and its lines, to be stored together. */
    public record NewPackage(Package pkg, List<ContentLine> lines) {
    }

    /** Stores all packages with their lines in one transaction: all of them, or none. */
    public void insertAll(List<NewPackage> packages) {
        PackageRepository repository = new PackageRepository(db);
        db.write(c -> {
            for (NewPackage p : packages) {
                repository.insert(p.pkg(), p.lines());
            }
            return null;
        });
    }
}
