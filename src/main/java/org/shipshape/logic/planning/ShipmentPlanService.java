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
import org.shipshape.model.common.Message;
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
import org.shipshape.store.settings.SettingsRepository;
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
    private final SettingsRepository settingsRepository;
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
        this.settingsRepository = new SettingsRepository(workspace.database());
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
        return plan(reference, ContainerRequest.SHIPMENTS_OWN, progress);
    }

    /**
     * Plans the shipment's packed packages into the containers asked for: the shipment's own container, a given
     * list, or as many as needed (fewest first, then the cheapest mix). Travel-together groups stored for the
     * shipment stay in one container.
     *
     * @throws UserInputException when the shipment does not exist, has no container type (for its own container)
     *                            or a container type is unknown
     * @throws CancelledException when the user stopped the planning
     */
    public ShipmentPlan plan(String reference, ContainerRequest request, Progress progress) {
        return plan(reference, request, List.of(), progress);
    }

    /**
     * As {@link #plan(String, ContainerRequest, Progress)}, with more travel-together groups (package numbers) on top
     * of those stored for the shipment.
     */
    public ShipmentPlan plan(String reference, ContainerRequest request, List<List<String>> moreTravelGroups,
                             Progress progress) {
        Shipment shipment = shipments.findByReference(reference == null ? "" : reference)
                .orElseThrow(() -> new UserInputException(Message.of("shipments.unknownReference",
                        String.valueOf(reference))));
        List<ContainerType> types = containerTypes(shipment, request);
        progress.report(0, 1000, Message.of("planning.progress.reading", shipment.reference()));
        List<Package> packed = packages.findByShipment(shipment.id());
        ShipmentPlanning.Input input = ShipmentPlanning.input(types.get(0), packed);
        Map<String, String> categoryByNumber = mainCategories(packed, progress);
        List<Cargo> items = input.items().stream()
                .map(item -> withCategory(item, categoryByNumber.getOrDefault(item.id(), NO_CONTENTS)))
                .toList();
        TreeSet<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        items.forEach(item -> used.add(item.category()));
        List<List<Cargo>> groups = travelGroups(shipment.reference(), moreTravelGroups, items);
        List<Cargo> free = withoutGroups(items, groups);
        PlanningPreferences preferences = PlanningPreferences.read(settingsRepository, types);
        PlannerSettings planning = preferences.applyTo(settings);
        if (request.isShipmentsOwn()) {
            LoadPlan plan = run(() -> new LoadPlanner(planning).plan(ShipmentPlanning.containerSpace(types.get(0)),
                    List.of(), groups, free, planningProgress(progress, 0, 1000)), progress);
            return ShipmentPlan.single(shipment.reference(), types.get(0).code(), types.get(0).name(),
                    shipment.containerNumber(), plan, input.notPlannable(), List.copyOf(used));
        }
        List<ContainerSetPlanner.Choice> choices = types.stream().map(type -> new ContainerSetPlanner.Choice(
                type.code(), type.name(), ShipmentPlanning.containerSpace(type), preferences.cost(type))).toList();
        ContainerSetPlanner planner = new ContainerSetPlanner(planning);
        PlanningProgress watched = planningProgress(progress, 0, 1000);
        ContainerSetPlanner.Result result = run(() -> request.isAuto()
                ? planner.planAuto(choices, free, groups, watched)
                : planner.planInto(choices, free, groups, watched), progress);
        List<ShipmentPlan.PlannedContainer> containers = result.containers().stream()
                .map(f -> new ShipmentPlan.PlannedContainer(f.choice().code(), f.choice().name(), f.plan()))
                .toList();
        return new ShipmentPlan(shipment.reference(), null, containers, result.unplaced(), input.notPlannable(),
                List.copyOf(used));
    }

    /** The container types asked for, checked against the list of types. */
    private List<ContainerType> containerTypes(Shipment shipment, ContainerRequest request) {
        if (request.isAuto()) {
            List<ContainerType> all = shipments.containerTypes();
            if (all.isEmpty()) {
                throw new UserInputException(Message.of("planning.containerType.none"));
            }
            return all;
        }
        List<String> codes = request.isShipmentsOwn()
                ? shipment.containerTypeCode() == null ? List.of() : List.of(shipment.containerTypeCode())
                : request.codes();
        if (codes.isEmpty()) {
            throw new UserInputException(Message.of("planning.noContainerType", shipment.reference()));
        }
        List<ContainerType> types = new ArrayList<>();
        for (String code : codes) {
            types.add(shipments.containerType(code).orElseThrow(() -> new UserInputException(Message.of(
                    "planning.containerType.unknown", code,
                    String.join(", ", shipments.containerTypes().stream().map(ContainerType::code).toList())))));
        }
        return types;
    }

    /** The stored travel-together groups, as the shipment's items; numbers not in the shipment are skipped. */
    private List<List<Cargo>> travelGroups(String reference, List<List<String>> more, List<Cargo> items) {
        Map<String, Cargo> byNumber = new HashMap<>();
        items.forEach(item -> byNumber.put(item.id(), item));
        List<List<Cargo>> groups = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        List<List<String>> all = new ArrayList<>(PlanningPreferences.travelGroups(settingsRepository, reference));
        all.addAll(more);
        for (List<String> numbers : all) {
            List<Cargo> group = numbers.stream().filter(taken::add).map(byNumber::get).filter(Objects::nonNull)
                    .toList();
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static List<Cargo> withoutGroups(List<Cargo> items, List<List<Cargo>> groups) {
        java.util.Set<Cargo> grouped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        groups.forEach(grouped::addAll);
        return items.stream().filter(item -> !grouped.contains(item)).toList();
    }

    private static <T> T run(java.util.function.Supplier<T> planning, Progress progress) {
        T result;
        try {
            result = planning.get();
        } catch (LoadPlanner.PlanningInterruptedException e) {
            throw new CancelledException();
        }
        progress.checkCancelled();
        return result;
    }

    /**
     * For each standard box size on its own: how many more fit after the plan's packages, in its last container. Each box is guessed to
     * weigh what the same volume of the already planned packages weighs, so the payload is honoured too.
     */
    public List<RoomLeft> roomLeft(ShipmentPlan shipmentPlan, Progress progress) {
        LoadPlan plan = shipmentPlan.containers().get(shipmentPlan.containers().size() - 1).plan();
        long loadedCm3 = plan.placements().stream().mapToLong(p -> p.volumeCm3()).sum();
        double kgPerCm3 = loadedCm3 > 0 && plan.loadedKg() > 0 ? plan.loadedKg() / loadedCm3
                : TYPICAL_KG_PER_M3 / 1_000_000;
        List<BoxSize> sizes = boxSizes.boxSizes();
        List<RoomLeft> answers = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            progress.checkCancelled();
            BoxSize size = sizes.get(i);
            progress.report(i, sizes.size(), Message.of("planning.progress.roomLeft", size.name()));
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
        progress.report(sizes.size(), sizes.size(), null);
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
                progress.report(from + Math.round(fraction * (to - from)), 1000, Message.of("planning.progress.planning"));
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        };
    }
}
