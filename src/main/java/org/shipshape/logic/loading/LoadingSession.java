package org.shipshape.logic.loading;

import org.shipshape.logic.shipments.Capacity;
import org.shipshape.logic.shipments.CapacityEstimator;
import org.shipshape.logic.shipments.ShipmentPackage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.shipments.Shipment;

/**
 * One shipment on loading day: reads the shipment once, then keeps counts and capacity up to date in memory after
 * each scan, so a scan costs one database write however many packages the shipment has. The rules and the
 * database stay with {@link LoadingService}.
 */
public final class LoadingSession {
    private final LoadingService service;
    private final LoadingOverview overview;
    private final Map<String, ShipmentPackage> byNumber = new HashMap<>();
    private final LinkedHashMap<String, ShipmentPackage> loaded = new LinkedHashMap<>();
    private Capacity capacity;

    public LoadingSession(LoadingService service, long shipmentId) {
        this.service = service;
        this.overview = service.overview(shipmentId);
        for (ShipmentPackage p : overview.packages()) {
            byNumber.put(key(p.number()), p);
        }
        for (String number : overview.loadedNumbers()) {
            loaded.put(key(number), byNumber.get(key(number)));
        }
        recompute();
    }

    private static String key(String number) {
        return number.trim().toUpperCase(Locale.ROOT);
    }

    public Shipment shipment() {
        return overview.shipment();
    }

    public LoadingOverview overview() {
        return overview;
    }

    /** Loads the scanned package (see {@link LoadingService#load}); on success counts and capacity follow. */
    public LoadResult scan(String number) {
        LoadResult result = service.load(shipment().id(), number);
        if (result.done()) {
            ShipmentPackage p = byNumber.get(key(result.packageNumber())).withPackage(result.pkg());
            byNumber.put(key(p.number()), p);
            loaded.put(key(p.number()), p);
            recompute();
        }
        return result;
    }

    public LoadResult undoLast() {
        return applyUnload(service.undoLast(shipment().id()));
    }

    public LoadResult unload(String number) {
        return applyUnload(service.unload(shipment().id(), number));
    }

    private LoadResult applyUnload(LoadResult result) {
        if (result.done()) {
            ShipmentPackage p = byNumber.get(key(result.packageNumber()));
            if (p != null) {
                byNumber.put(key(p.number()), p.withPackage(result.pkg()));
            }
            loaded.remove(key(result.packageNumber()));
            recompute();
        }
        return result;
    }

    private void recompute() {
        capacity = Capacity.of(overview.containerType(), loaded.values(), byNumber.size(), overview.usableShare(),
                Capacity.DEFAULT_WARNING_SHARE);
    }

    public Capacity capacity() {
        return capacity;
    }

    public Optional<ShipmentPackage> find(String number) {
        return Optional.ofNullable(byNumber.get(key(number)));
    }

    /** Sealed packages of the shipment not loaded yet, by number: the manual pick list. */
    public List<ShipmentPackage> waiting() {
        List<ShipmentPackage> result = new ArrayList<>();
        for (ShipmentPackage p : overview.packages()) {
            ShipmentPackage now = byNumber.get(key(p.number()));
            if (now.pkg().status() == PackageStatus.SEALED && now.pkg().parentId() == null) {
                result.add(now);
            }
        }
        return result;
    }

    public boolean canUndo() {
        return !loaded.isEmpty() && !shipment().status().isLocked();
    }

    public List<CapacityEstimator.BoxFit> moreBoxesThatFit() {
        return CapacityEstimator.moreBoxesThatFit(capacity, overview.boxSizes());
    }
}
