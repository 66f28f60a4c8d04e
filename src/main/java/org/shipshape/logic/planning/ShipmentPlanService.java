package org.shipshape.logic.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.shipshape.logic.task.CancelledException;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Package;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.Cargo;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.packing.BoxSizeRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * Plans a shipment's container from its real packages and answers "will it fit?": how many more boxes of each
 * standard size fit after what is packed.
 */
public final class ShipmentPlanService {
    /** Used when nothing is loaded yet to guess what a standard box weighs: mixed donated goods, kg per m3. */
    static final double TYPICAL_KG_PER_M3 = 150;
    static final String NO_CONTENTS = "Contents not listed";

    /** How many more boxes of one standard size fit, each estimated at {@code kgEach}. */
    public record RoomLeft(BoxSize size, int count, BigDecimal kgEach) {
    }

    private final ShipmentRepository shipments;
    private final PackageRepository packages;
    private final CategoryRepository categories;
    private final BoxSizeRepository boxSizes;
    private final PlannerSettings settings;
    private final Duration roomLeftLimitPerSize;

    public ShipmentPlanService(Workspace workspace) {
        this(workspace, PlannerSettings.defaults(), Duration.ofSeconds(2));
    }

    /** @param roomLeftLimitPerSize planning time for each standard box size when answering "how many more fit?" */
    public ShipmentPlanService(Workspace workspace, PlannerSettings settings, Duration roomLeftLimitPerSize) {
        this.shipments = new ShipmentRepository(workspace.database());
        this.packages = new PackageRepository(workspace.database());
        this.categories = new CategoryRepository(workspace.database());
        this.boxSizes = new BoxSizeRepository(workspace.database());
        this.settings = Objects.requireNonNull(settings, "settings");
        this.roomLeftLimitPerSize = Objects.requireNonNull(roomLeftLimitPerSize, "roomLeftLimitPerSize");
    }

    /** References of all shipments, for the picker. */
    public List<String> shipmentReferences() {
        return shipments.findAll().stream().map(Shipment::reference).toList();
    }

    /**
     * Plans the container of the shipment with its packed packages.
     *
     * @throws UserInputException when the shipment does not exist or has no container type
     * @throws CancelledException when the user stopped the planning
     */
    public ShipmentPlan plan(String reference, Progress progress) {
        Shipment shipment = shipments.findByReference(reference == null ? "" : reference)
                .orElseThrow(() -> new UserInputException("There is no shipment " + reference
                        + "; check the reference on the shipments screen."));
        if (shipment.containerTypeCode() == null) {
            throw new UserInputException("Shipment " + shipment.reference()
                    + " has no container type yet; choose one on the shipments screen, then plan again.");
        }
        ContainerType type = shipments.containerType(shipment.containerTypeCode())
                .orElseThrow(() -> new UserInputException("Shipment " + shipment.reference() + " names container type "
                        + shipment.containerTypeCode() + ", which is not in the list of container types."));
        progress.update(0, 1000, "Reading the packages of " + shipment.reference());
        List<Package> packed = packages.findByShipment(shipment.id());
        ShipmentPlanning.Input input = ShipmentPlanning.input(type, packed);
        Map<String, String> categoryByNumber = mainCategories(packed, progress);
        List<Cargo> items = input.items().stream()
                .map(item -> withCategory(item, categoryByNumber.getOrDefault(item.id(), NO_CONTENTS)))
                .toList();
        LoadPlan plan = run(input.container(), items, progress);
        TreeSet<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        items.forEach(item -> used.add(item.category()));
        return new ShipmentPlan(shipment.reference(), type.code(), type.name(), shipment.containerNumber(), plan,
                input.notPlannable(), List.copyOf(used));
    }

    private LoadPlan run(ContainerSpace container, List<Cargo> items,
                         Progress progress) {
        LoadPlan plan;
        try {
            plan = new LoadPlanner(settings).plan(container, items, planningProgress(progress, 0, 1000));
        } catch (LoadPlanner.PlanningInterruptedException e) {
            throw new CancelledException();
        }
        progress.checkCancelled();
        return plan;
    }

    /**
     * For each standard box size on its own: how many more fit after the plan's packages. Each box is guessed to
     * weigh what the same volume of the already planned packages weighs, so the payload is honoured too.
     */
    public List<RoomLeft> roomLeft(ShipmentPlan shipmentPlan, Progress progress) {
        LoadPlan plan = shipmentPlan.plan();
        long loadedCm3 = plan.placements().stream().mapToLong(p -> p.volumeCm3()).sum();
        double kgPerCm3 = loadedCm3 > 0 && plan.loadedKg() > 0 ? plan.loadedKg() / loadedCm3
                : TYPICAL_KG_PER_M3 / 1_000_000;
        List<BoxSize> sizes = boxSizes.boxSizes();
        List<RoomLeft> answers = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            progress.checkCancelled();
            BoxSize size = sizes.get(i);
            progress.update(i, sizes.size(), "How many more fit: " + size.name());
            BigDecimal kgEach = BigDecimal.valueOf(kgPerCm3 * size.dimensions().volumeCm3()).setScale(1, RoundingMode.HALF_UP);
            int count;
            try {
                count = ShipmentPlanning.howManyMoreFit(plan, size.dimensions().lengthCm(), size.dimensions().widthCm(),
                        size.dimensions().heightCm(),
                        kgEach, roomLeftLimitPerSize);
            } catch (LoadPlanner.PlanningInterruptedException e) {
                throw new CancelledException();
            }
            answers.add(new RoomLeft(size, count, kgEach));
        }
        progress.update(sizes.size(), sizes.size(), null);
        return answers;
    }

    /** A package's main category is that of its heaviest content line (by quantity when nothing is weighed). */
    private Map<String, String> mainCategories(List<Package> packed, Progress progress) {
        Map<Long, String> names = new HashMap<>();
        categories.findAll().forEach(c -> names.put(c.id(), c.name()));
        Map<String, String> byNumber = new HashMap<>();
        for (Package pkg : packed) {
            progress.checkCancelled();
            packages.linesOf(pkg.id()).stream()
                    .max(Comparator.comparing((ContentLine l) -> l.netKg() == null ? BigDecimal.ZERO : l.netKg())
                            .thenComparing(ContentLine::quantity)
                            .thenComparing(l -> -l.lineNo()))
                    .ifPresent(line -> byNumber.put(pkg.number(), names.computeIfAbsent(line.categoryId(),
                            id -> categories.findById(id).map(Category::name).orElse(NO_CONTENTS))));
        }
        return byNumber;
    }

    private static Cargo withCategory(Cargo item, String category) {
        return new Cargo(item.id(), item.label(), category, item.lengthCm(), item.widthCm(), item.heightCm(),
                item.weightKg(), item.mayBeVertical(), item.doNotStack(), item.fragile());
    }

    /** Maps the planner's 0..1 onto {@code from..to} of 1000 and passes the user's cancel through. */
    static PlanningProgress planningProgress(Progress progress, int from, int to) {
        return new PlanningProgress() {
            @Override
            public void progress(double fraction) {
                progress.update(from + Math.round(fraction * (to - from)), 1000, "Planning the container");
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        };
    }
}
