package org.shipshape.logic.loading;

import org.shipshape.logic.shipments.Capacity;
import org.shipshape.logic.shipments.ShipmentPackage;
import org.shipshape.logic.shipments.ShipmentPackages;
import org.shipshape.logic.shipments.ShipmentService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.model.loading.LoadRecord;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.db.Database;
import org.shipshape.store.packing.BoxSizeRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.loading.LoadRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * The loading rules, shared by the loading screen and the command line. A refused load, unload or undo changes
 * nothing and says why in one sentence. Loading is possible while the shipment is in planning, packing or
 * loading; the first load moves it to loading. From sealed on, loads are locked.
 */
public final class LoadingService {
    private final Workspace workspace;
    private final Database db;
    private final ShipmentRepository shipments;
    private final PackageRepository packages;
    private final LoadRepository loads;

    public LoadingService(Workspace workspace) {
        this.workspace = workspace;
        this.db = workspace.database();
        this.shipments = new ShipmentRepository(db);
        this.packages = new PackageRepository(db);
        this.loads = new LoadRepository(db);
    }

    /** The shipment's packages, loads, capacity data and chart data, for the loading screen. */
    public LoadingOverview overview(long shipmentId) {
        Shipment shipment = shipment(shipmentId);
        ShipmentPackages reader = new ShipmentPackages(db);
        List<ShipmentPackage> all = reader.all(shipmentId);
        java.util.Map<Long, String> numbersById = new java.util.HashMap<>();
        all.forEach(p -> numbersById.put(p.pkg().id(), p.number()));
        List<String> loaded = loads.loadsOf(shipmentId).stream().map(l -> numbersById.get(l.packageId()))
                .filter(java.util.Objects::nonNull).toList();
        ContainerType type = shipment.containerTypeCode() == null ? null
                : shipments.containerType(shipment.containerTypeCode()).orElse(null);
        return new LoadingOverview(shipment, type, new ShipmentService(workspace).usableShare(), all, loaded,
                new BoxSizeRepository(db).boxSizes(), reader.byCategory(all, reader.categoryNames()));
    }

    /** Capacity of the shipment as stored now (command line, shipments screen). */
    public Capacity capacity(long shipmentId) {
        LoadingOverview o = overview(shipmentId);
        java.util.Set<String> loaded = new java.util.HashSet<>(o.loadedNumbers());
        return Capacity.of(o.containerType(), o.packages().stream().filter(p -> loaded.contains(p.number())).toList(),
                o.packages().size(), o.usableShare(), Capacity.DEFAULT_WARNING_SHARE);
    }

    /** Loads the package into the shipment's container, or refuses with the reason and changes nothing. */
    public LoadResult load(long shipmentId, String packageNumber) {
        String number = packageNumber == null ? "" : packageNumber.trim();
        if (number.isEmpty()) {
            return LoadResult.refused(number, "Scan a package label or type a package number.");
        }
        Shipment shipment = shipment(shipmentId);
        Optional<String> locked = lockedReason(shipment);
        if (locked.isPresent()) {
            return LoadResult.refused(number, locked.get());
        }
        if (shipment.containerTypeCode() == null) {
            return LoadResult.refused(number, "Shipment " + shipment.reference() + " has no container type; choose"
                    + " one on the shipments screen before loading.");
        }
        Optional<Package> found = packages.findByNumber(number);
        if (found.isEmpty()) {
            return LoadResult.refused(number, "Package " + number + " is unknown; check the label or type the number"
                    + " again.");
        }
        Package pkg = found.get();
        number = pkg.number();
        if (pkg.shipmentId() == null) {
            return LoadResult.refused(number, "Package " + number + " is warehouse stock, not packed for "
                    + shipment.reference() + "; put it aside and assign it on the packing screen first.");
        }
        if (pkg.shipmentId() != shipmentId) {
            String other = shipments.findById(pkg.shipmentId()).map(Shipment::reference).orElse("another shipment");
            return LoadResult.refused(number, "Package " + number + " belongs to shipment " + other + ", not "
                    + shipment.reference() + "; put it aside.");
        }
        if (pkg.status() == PackageStatus.LOADED) {
            return LoadResult.refused(number, "Package " + number + " is already loaded; do not load it twice.");
        }
        if (!pkg.status().canMoveTo(PackageStatus.LOADED)) {
            return LoadResult.refused(number, "Package " + number + " is not sealed yet; finish and seal it on the"
                    + " packing screen before loading.");
        }
        if (pkg.parentId() != null) {
            String pallet = packages.findById(pkg.parentId()).map(Package::number).orElse("a pallet");
            return LoadResult.refused(number, "Package " + number + " sits on pallet " + pallet
                    + "; load the pallet instead.");
        }
        if (pkg.grossKg() == null) {
            return LoadResult.refused(number, "Package " + number + " has no gross weight; weigh it before loading.");
        }
        ContainerType type = shipments.containerType(shipment.containerTypeCode()).orElseThrow();
        BigDecimal loadedKg = loads.loadedGrossKg(shipmentId);
        if (loadedKg.add(pkg.grossKg()).compareTo(type.maxPayloadKg()) > 0) {
            return LoadResult.refused(number, "Package " + number + " (" + pkg.grossKg().stripTrailingZeros()
                    .toPlainString() + " kg) would exceed the payload of the " + type.code() + ": "
                    + loadedKg.stripTrailingZeros().toPlainString() + " kg of " + type.maxPayloadKg()
                    .stripTrailingZeros().toPlainString() + " kg are loaded.");
        }
        int sequence = loads.load(shipmentId, pkg.id(), Instant.now(), workspace.user());
        return LoadResult.done(pkg.withStatus(PackageStatus.LOADED), sequence);
    }

    /** Takes a loaded package out of the container again; it goes back to sealed. */
    public LoadResult unload(long shipmentId, String packageNumber) {
        String number = packageNumber == null ? "" : packageNumber.trim();
        Shipment shipment = shipment(shipmentId);
        Optional<String> locked = lockedReason(shipment);
        if (locked.isPresent()) {
            return LoadResult.refused(number, locked.get());
        }
        Optional<Package> found = number.isEmpty() ? Optional.empty() : packages.findByNumber(number);
        if (found.isEmpty()) {
            return LoadResult.refused(number, "Package " + number + " is unknown; check the label or type the number"
                    + " again.");
        }
        Package pkg = found.get();
        boolean loadedHere = loads.loadsOf(shipmentId).stream().anyMatch(l -> l.packageId() == pkg.id());
        if (!loadedHere) {
            return LoadResult.refused(pkg.number(), "Package " + pkg.number() + " is not loaded in shipment "
                    + shipment.reference() + "; nothing to unload.");
        }
        loads.unload(shipmentId, pkg.id());
        return LoadResult.done(pkg.withStatus(PackageStatus.SEALED), 0);
    }

    /** Takes back the last package loaded into the shipment. */
    public LoadResult undoLast(long shipmentId) {
        Shipment shipment = shipment(shipmentId);
        Optional<String> locked = lockedReason(shipment);
        if (locked.isPresent()) {
            return LoadResult.refused("", locked.get());
        }
        Optional<LoadRecord> last = loads.lastLoad(shipmentId);
        if (last.isEmpty()) {
            return LoadResult.refused("", "Nothing to undo: no package is loaded in shipment " + shipment.reference()
                    + ".");
        }
        Package pkg = packages.findById(last.get().packageId()).orElseThrow();
        loads.unload(shipmentId, pkg.id());
        return LoadResult.done(pkg.withStatus(PackageStatus.SEALED), 0);
    }

    private Optional<String> lockedReason(Shipment shipment) {
        if (shipment.status().isLocked()) {
            return Optional.of("Shipment " + shipment.reference() + " is " + shipment.status().code()
                    + "; its loads are locked. Reopen it (with a reason) on the shipments screen to change them.");
        }
        return Optional.empty();
    }

    /** Loading is allowed in planning, packing and loading. */
    public static boolean canLoad(ShipmentStatus status) {
        return !status.isLocked();
    }

    private Shipment shipment(long id) {
        return shipments.findById(id).orElseThrow(() -> new IllegalStateException("No shipment with id " + id));
    }
}
