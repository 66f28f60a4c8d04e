package org.shipshape.logic.shipping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Parcel;
import org.shipshape.model.shipping.ContainerType;
import org.shipshape.model.shipping.LoadRecord;
import org.shipshape.model.shipping.Shipment;
import org.shipshape.model.shipping.ShipmentStatus;
import org.shipshape.store.db.Database;
import org.shipshape.store.packing.ParcelRepository;
import org.shipshape.store.shipping.LoadRepository;
import org.shipshape.store.shipping.ShipmentRepository;

/**
 * The loading rules, shared by the loading screen and the command line. A refused load, unload or undo changes
 * nothing and says why in one sentence. Loading is possible while the shipment is in planning, packing or
 * loading; the first load moves it to loading. From sealed on, loads are locked.
 */
public final class LoadingService {
    private final Workspace workspace;
    private final Database db;
    private final ShipmentRepository shipments;
    private final ParcelRepository parcels;
    private final LoadRepository loads;

    public LoadingService(Workspace workspace) {
        this.workspace = workspace;
        this.db = workspace.database();
        this.shipments = new ShipmentRepository(db);
        this.parcels = new ParcelRepository(db);
        this.loads = new LoadRepository(db);
    }

    /** The shipment's packages, loads, capacity data and chart data, for the loading screen. */
    public LoadingOverview overview(long shipmentId) {
        Shipment shipment = shipment(shipmentId);
        ShipmentPackages reader = new ShipmentPackages(db);
        List<ShipmentPackage> all = reader.all(shipmentId);
        java.util.Map<Long, String> numbersById = new java.util.HashMap<>();
        all.forEach(p -> numbersById.put(p.parcel().id(), p.number()));
        List<String> loaded = loads.loadsOf(shipmentId).stream().map(l -> numbersById.get(l.parcelId()))
                .filter(java.util.Objects::nonNull).toList();
        ContainerType type = shipment.containerTypeCode() == null ? null
                : shipments.containerType(shipment.containerTypeCode()).orElse(null);
        return new LoadingOverview(shipment, type, new ShipmentService(workspace).usableShare(), all, loaded,
                shipments.boxSizes(), reader.byCategory(all, reader.categoryNames()));
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
        Optional<Parcel> found = parcels.findByNumber(number);
        if (found.isEmpty()) {
            return LoadResult.refused(number, "Package " + number + " is unknown; check the label or type the number"
                    + " again.");
        }
        Parcel parcel = found.get();
        number = parcel.number();
        if (parcel.shipmentId() == null) {
            return LoadResult.refused(number, "Package " + number + " is warehouse stock, not packed for "
                    + shipment.reference() + "; put it aside and assign it on the packing screen first.");
        }
        if (parcel.shipmentId() != shipmentId) {
            String other = shipments.findById(parcel.shipmentId()).map(Shipment::reference).orElse("another shipment");
            return LoadResult.refused(number, "Package " + number + " belongs to shipment " + other + ", not "
                    + shipment.reference() + "; put it aside.");
        }
        if (parcel.status() == PackageStatus.LOADED) {
            return LoadResult.refused(number, "Package " + number + " is already loaded; do not load it twice.");
        }
        if (parcel.status() != PackageStatus.SEALED) {
            return LoadResult.refused(number, "Package " + number + " is not sealed yet; finish and seal it on the"
                    + " packing screen before loading.");
        }
        if (parcel.parentId() != null) {
            String pallet = parcels.findById(parcel.parentId()).map(Parcel::number).orElse("a pallet");
            return LoadResult.refused(number, "Package " + number + " sits on pallet " + pallet
                    + "; load the pallet instead.");
        }
        if (parcel.grossKg() == null) {
            return LoadResult.refused(number, "Package " + number + " has no gross weight; weigh it before loading.");
        }
        ContainerType type = shipments.containerType(shipment.containerTypeCode()).orElseThrow();
        BigDecimal loadedKg = loads.loadedGrossKg(shipmentId);
        if (loadedKg.add(parcel.grossKg()).compareTo(type.maxPayloadKg()) > 0) {
            return LoadResult.refused(number, "Package " + number + " (" + parcel.grossKg().stripTrailingZeros()
                    .toPlainString() + " kg) would exceed the payload of the " + type.code() + ": "
                    + loadedKg.stripTrailingZeros().toPlainString() + " kg of " + type.maxPayloadKg()
                    .stripTrailingZeros().toPlainString() + " kg are loaded.");
        }
        int sequence = loads.load(shipmentId, parcel.id(), Instant.now(), workspace.user());
        return LoadResult.done(parcel.withStatus(PackageStatus.LOADED), sequence);
    }

    /** Takes a loaded package out of the container again; it goes back to sealed. */
    public LoadResult unload(long shipmentId, String packageNumber) {
        String number = packageNumber == null ? "" : packageNumber.trim();
        Shipment shipment = shipment(shipmentId);
        Optional<String> locked = lockedReason(shipment);
        if (locked.isPresent()) {
            return LoadResult.refused(number, locked.get());
        }
        Optional<Parcel> found = number.isEmpty() ? Optional.empty() : parcels.findByNumber(number);
        if (found.isEmpty()) {
            return LoadResult.refused(number, "Package " + number + " is unknown; check the label or type the number"
                    + " again.");
        }
        Parcel parcel = found.get();
        boolean loadedHere = loads.loadsOf(shipmentId).stream().anyMatch(l -> l.parcelId() == parcel.id());
        if (!loadedHere) {
            return LoadResult.refused(parcel.number(), "Package " + parcel.number() + " is not loaded in shipment "
                    + shipment.reference() + "; nothing to unload.");
        }
        loads.unload(shipmentId, parcel.id());
        return LoadResult.done(parcel.withStatus(PackageStatus.SEALED), 0);
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
        Parcel parcel = parcels.findById(last.get().parcelId()).orElseThrow();
        loads.unload(shipmentId, parcel.id());
        return LoadResult.done(parcel.withStatus(PackageStatus.SEALED), 0);
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
