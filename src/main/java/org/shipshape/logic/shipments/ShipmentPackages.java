package org.shipshape.logic.shipments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shipshape.model.common.Decimals;
import org.shipshape.model.categories.Category;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Package;
import org.shipshape.model.loading.LoadRecord;
import org.shipshape.store.db.Database;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.loading.LoadRepository;

/** Reads a shipment's packages with their lines in three queries, whatever the number of packages. */
public final class ShipmentPackages {
    private final Database db;

    public ShipmentPackages(Database db) {
        this.db = db;
    }

    /** All packages of the shipment, by number. */
    public List<ShipmentPackage> all(long shipmentId) {
        PackageRepository repository = new PackageRepository(db);
        List<Package> packages = repository.findByShipment(shipmentId);
        Map<Long, List<ContentLine>> lines = repository.linesOfShipment(shipmentId);
        Map<Long, String> categoryNames = categoryNames();
        List<ShipmentPackage> result = new ArrayList<>(packages.size());
        for (Package pkg : packages) {
            result.add(describe(pkg, lines.getOrDefault(pkg.id(), List.of()), categoryNames));
        }
        return result;
    }

    /** The packages loaded into the container, in loading order. */
    public List<ShipmentPackage> loaded(long shipmentId) {
        return inLoadingOrder(shipmentId, all(shipmentId));
    }

    /** The loaded ones of the shipment's packages (as read by {@link #all}), in loading order. */
    public List<ShipmentPackage> inLoadingOrder(long shipmentId, List<ShipmentPackage> all) {
        Map<Long, ShipmentPackage> byId = new HashMap<>();
        all.forEach(p -> byId.put(p.pkg().id(), p));
        List<ShipmentPackage> result = new ArrayList<>();
        for (LoadRecord load : new LoadRepository(db).loadsOf(shipmentId)) {
            ShipmentPackage p = byId.get(load.packageId());
            if (p != null) {
                result.add(p);
            }
        }
        return result;
    }

    public Map<Long, String> categoryNames() {
        Map<Long, String> names = new HashMap<>();
        for (Category category : new CategoryRepository(db).findAll()) {
            names.put(category.id(), category.name());
        }
        return names;
    }

    private String categoryName(long id, Map<Long, String> names) {
        // archived categories are not in findAll but old packages still use them
        return names.computeIfAbsent(id, missing -> new CategoryRepository(db).findById(missing)
                .map(Category::name).orElse("Category " + missing));
    }

    public ShipmentPackage describe(Package pkg, List<ContentLine> lines, Map<Long, String> categoryNames) {
        String contents = lines.stream().map(l -> l.description() + ", " + l.quantity().stripTrailingZeros()
                .toPlainString() + " " + l.unit()).collect(Collectors.joining("; "));
        Set<String> hs = new LinkedHashSet<>();
        BigDecimal value = BigDecimal.ZERO.setScale(Decimals.MONEY_SCALE);
        for (ContentLine line : lines) {
            if (line.hsCode() != null) {
                hs.add(line.hsCode());
            }
            if (line.value() != null) {
                value = value.add(line.value());
            }
            categoryName(line.categoryId(), categoryNames);
        }
        BigDecimal volume = pkg.dimensions() == null ? BigDecimal.ZERO.setScale(6) : pkg.dimensions().volumeM3();
        return new ShipmentPackage(pkg, lines, contents, String.join("; ", hs), value, volume);
    }

    /**
     * Weight and value per category. A line's weight is its net weight; a package whose lines have no net weight
     * spreads its gross weight evenly over its lines, so unweighed lines still show in the chart.
     */
    public List<CategoryTotal> byCategory(List<ShipmentPackage> packages, Map<Long, String> categoryNames) {
        Map<String, BigDecimal[]> totals = new LinkedHashMap<>();
        for (ShipmentPackage p : packages) {
            boolean anyNet = p.lines().stream().anyMatch(l -> l.netKg() != null);
            BigDecimal share = p.lines().isEmpty() ? BigDecimal.ZERO
                    : p.grossKg().divide(BigDecimal.valueOf(p.lines().size()), Decimals.KG_SCALE, RoundingMode.HALF_UP);
            for (ContentLine line : p.lines()) {
                BigDecimal[] t = totals.computeIfAbsent(categoryName(line.categoryId(), categoryNames),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                BigDecimal weight = anyNet ? (line.netKg() == null ? BigDecimal.ZERO : line.netKg()) : share;
                t[0] = t[0].add(weight);
                t[1] = t[1].add(line.value() == null ? BigDecimal.ZERO : line.value());
            }
        }
        return totals.entrySet().stream().map(e -> new CategoryTotal(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(CategoryTotal::weightKg).reversed()).toList();
    }
}
