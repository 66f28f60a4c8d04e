package org.shipshape.logic.loading;

import org.shipshape.logic.shipments.Capacity;
import org.shipshape.logic.shipments.ShipmentPackage;
import org.shipshape.logic.shipments.ShipmentPackages;
import org.shipshape.logic.shipments.ShipmentService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.model.loading.LoadRecord;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.model.shipments.ShipmentStatus;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.db.Database;
import org.shipshape.store.packing.BoxSizeRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.loading.LoadRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * The loading rules, shared by the loading screen and the command line. A refused load, unload or undo changes
 * nothing and says why (a {@link Message} with a {@code loading.refused.*} key). Loading is possible while the shipment is in planning, packing or
 * loading; the first load moves it to loading. From sealed on, loads are locked.
 */
public final class LoadingService {
    private final Workspace workspace;
    private final Database db;
    private final ShipmentRepository shipments;
    private final PackageRepository packages;
    private final LoadRepository loads;
    private final AuditRepository audit;

    public LoadingService(Workspace workspace) {
        this.workspace = workspace;
        this.db = workspace.database();
        this.shipments = new ShipmentRepository(db);
        this.packages = new PackageRepository(db);
        this.loads = new LoadRepository(db);
        this.audit = new AuditRepository(db);
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
            return LoadResult.refused(number, Message.of("loading.refused.noScan"));
        }
        return changingShipment(shipmentId, () -> loadChecked(shipmentId, number));
    }

    /**
     * Checks and changes the shipment's loads as one transaction that first locks the shipment: two stations
     * scanning into one container at once take turns, so the rules checked (payload, loaded once) hold when the load
     * is written; on a server a collision is run again from the start (docs/decisions/0010).
     */
    private LoadResult changingShipment(long shipmentId, Supplier<LoadResult> work) {
        return db.inTransaction(() -> {
            shipments.lockForChange(shipmentId);
            return work.get();
        });
    }

    private LoadResult loadChecked(long shipmentId, String scanned) {
        String number = scanned;
        Shipment shipment = shipment(shipmentId);
        Optional<Message> locked = lockedReason(shipment);
        if (locked.isPresent()) {
            return LoadResult.refused(number, locked.get());
        }
        if (shipment.containerTypeCode() == null) {
            return LoadResult.refused(number, Message.of("loading.refused.noContainerType", shipment.reference()));
        }
        Optional<Package> found = packages.findByNumber(number);
        if (found.isEmpty()) {
            return LoadResult.refused(number, Message.of("loading.refused.unknownPackage", number));
        }
        Package pkg = found.get();
        number = pkg.number();
        if (pkg.shipmentId() == null) {
            return LoadResult.refused(number, Message.of("loading.refused.warehouseStock", number,
                    shipment.reference()));
        }
        if (pkg.shipmentId() != shipmentId) {
            String other = shipments.findById(pkg.shipmentId()).map(Shipment::reference)
                    .orElse(String.valueOf(pkg.shipmentId()));
            return LoadResult.refused(number, Message.of("loading.refused.otherShipment", number, other,
                    shipment.reference()));
        }
        if (pkg.status() == PackageStatus.LOADED) {
            return LoadResult.refused(number, Message.of("loading.refused.alreadyLoaded", number));
        }
        if (!pkg.status().canMoveTo(PackageStatus.LOADED)) {
            return LoadResult.refused(number, Message.of("loading.refused.notSealed", number));
        }
        if (pkg.parentId() != null) {
            String pallet = packages.findById(pkg.parentId()).map(Package::number)
                    .orElse(String.valueOf(pkg.parentId()));
            return LoadResult.refused(number, Message.of("loading.refused.onPallet", number, pallet));
        }
        if (pkg.grossKg() == null) {
            return LoadResult.refused(number, Message.of("loading.refused.noGrossWeight", number));
        }
        ContainerType type = shipments.containerType(shipment.containerTypeCode()).orElseThrow();
        BigDecimal loadedKg = loads.loadedGrossKg(shipmentId);
        if (loadedKg.add(pkg.grossKg()).compareTo(type.maxPayloadKg()) > 0) {
            return LoadResult.refused(number, Message.of("loading.refused.payloadExceeded", number, pkg.grossKg(),
                    type.code(), loadedKg, type.maxPayloadKg()));
        }
        int sequence = loads.load(shipmentId, pkg.id(), Instant.now(), workspace.user());
        audit.append(workspace.user(), "load", "parcel", number, shipment.reference());
        return LoadResult.done(pkg.withStatus(PackageStatus.LOADED), sequence);
    }

    /** Takes a loaded package out of the container again; it goes back to sealed. */
    public LoadResult unload(long shipmentId, String packageNumber) {
        String number = packageNumber == null ? "" : packageNumber.trim();
        return changingShipment(shipmentId, () -> unloadChecked(shipmentId, number));
    }

    private LoadResult unloadChecked(long shipmentId, String number) {
        Shipment shipment = shipment(shipmentId);
        Optional<Message> locked = lockedReason(shipment);
        if (locked.isPresent()) {
            return LoadResult.refused(number, locked.get());
        }
        Optional<Package> found = number.isEmpty() ? Optional.empty() : packages.findByNumber(number);
        if (found.isEmpty()) {
            return LoadResult.refused(number, Message.of("loading.refused.unknownPackage", number));
        }
        Package pkg = found.get();
        boolean loadedHere = loads.loadsOf(shipmentId).stream().anyMatch(l -> l.packageId() == pkg.id());
        if (!loadedHere) {
            return LoadResult.refused(pkg.number(), Message.of("loading.refused.notLoadedHere", pkg.number(),
                    shipment.reference()));
        }
        loads.unload(shipmentId, pkg.id());
        audit.append(workspace.user(), "unload", "parcel", pkg.number(), shipment.reference());
        return LoadResult.done(pkg.withStatus(PackageStatus.SEALED), 0);
    }

    /** Takes back the last package loaded into the shipment. */
    public LoadResult undoLast(long shipmentId) {
        return changingShipment(shipmentId, () -> undoLastChecked(shipmentId));
    }

    private LoadResult undoLastChecked(long shipmentId) {
        Shipment shipment = shipment(shipmentId);
        Optional<Message> locked = lockedReason(shipment);
        if (locked.isPresent()) {
            return LoadResult.refused("", locked.get());
        }
        Optional<LoadRecord> last = loads.lastLoad(shipmentId);
        if (last.isEmpty()) {
            return LoadResult.refused("", Message.of("loading.refused.nothingToUndo", shipment.reference()));
        }
        Package pkg = packages.findById(last.get().packageId()).orElseThrow();
        loads.unload(shipmentId, pkg.id());
        audit.append(workspace.user(), "unload", "parcel", pkg.number(), shipment.reference());
        return LoadResult.done(pkg.withStatus(PackageStatus.SEALED), 0);
    }

    private Optional<Message> lockedReason(Shipment shipment) {
        if (shipment.status().isLocked()) {
            return Optional.of(Message.of("loading.refused.locked", shipment.reference(), shipment.status()));
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
