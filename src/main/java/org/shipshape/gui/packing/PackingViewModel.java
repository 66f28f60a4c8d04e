package org.shipshape.gui.packing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shipshape.gui.common.Choices;
import org.shipshape.gui.common.Feedback;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.labels.LabelsViewModel;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.gui.common.NumberInput;
import org.shipshape.logic.packing.PackageDetails;
import org.shipshape.logic.packing.PackingListRow;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.packing.PackingWarning;
import org.shipshape.logic.packing.WeightText;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.shipments.Shipment;

/**
 * State and commands of the packing station. A scanner types the number and Enter; the package opens in the
 * form, every change is saved at once, and warnings follow the form as it is filled in. Every database call runs on
 * the background worker, in the order the packer gave them; the form shows the answer when it comes.
 */
public final class PackingViewModel {
    /** Where the view should put the keyboard focus next. */
    public enum Focus { SCAN, CATEGORY, COUNT, DIMENSIONS, WEIGHT }

    /** A shipment in the chooser, or warehouse stock (no shipment). */
    public record ShipmentChoice(Long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A content line as shown in the table. */
    public record LineRow(long id, int lineNo, String description, String count, String unit, String condition,
                         String value, String netKg, boolean fromStock) {
    }

    /** What the choices of the screen are, read together. */
    private record Choosable(List<Shipment> shipments, List<BoxSize> boxSizes, List<Category> categories) {
    }

    private final GuiContext context;
    private final PackingService packing;
    private final LabelsViewModel labels;
    private final Messages text = Messages.of(PackingView.class);
    private final Catalogue formats = text.catalogue();

    private final StringProperty scanText = new SimpleStringProperty("");
    private final StringProperty categoryText = new SimpleStringProperty("");
    private final StringProperty categoryMatch = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");
    private final StringProperty valueText = new SimpleStringProperty("");
    private final ObjectProperty<Condition> condition = new SimpleObjectProperty<>(Condition.USED_GOOD);
    private final StringProperty dimensionsText = new SimpleStringProperty("");
    private final StringProperty weightText = new SimpleStringProperty("");
    private final StringProperty palletText = new SimpleStringProperty("");
    private final StringProperty stockItemText = new SimpleStringProperty("");
    private final StringProperty stockQuantityText = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final Feedback feedback = new Feedback();
    private final BooleanProperty listLoading = new SimpleBooleanProperty();
    private final ObjectProperty<ShipmentChoice> shipment = new SimpleObjectProperty<>();
    private final ObjectProperty<PackageKind> kind = new SimpleObjectProperty<>(PackageKind.BOX);
    private final ObjectProperty<PackageDetails> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Focus> focusRequest = new SimpleObjectProperty<>();
    private final Map<HandlingMark, BooleanProperty> marks = new EnumMap<>(HandlingMark.class);
    private final ObservableList<ShipmentChoice> shipments = FXCollections.observableArrayList();
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<PackingListRow> packingList = FXCollections.observableArrayList();
    private final ObservableList<PackingWarning> warnings = FXCollections.observableArrayList();
    private final ObservableList<BoxSize> boxSizes = FXCollections.observableArrayList();
    private final ObservableList<Category> quickCategories = FXCollections.observableArrayList();
    private final List<Category> allCategories = new ArrayList<>();
    private final List<Shipment> knownShipments = new ArrayList<>();
    private final BooleanBinding editable;
    private final BooleanBinding sealed;
    /** True while the form shows a package: its kind and marks are set by the form, not by the packer. */
    private boolean showing;
    private long warningsAsked;
    private long listAsked;

    public PackingViewModel(GuiContext context, LabelsViewModel labels) {
        this.context = context;
        this.labels = labels;
        this.packing = new PackingService(context.workspace());
        for (HandlingMark mark : HandlingMark.values()) {
            BooleanProperty on = new SimpleBooleanProperty(false);
            on.addListener((obs, was, now) -> onMarkChanged());
            marks.put(mark, on);
        }
        editable = Bindings.createBooleanBinding(() -> current.get() != null && !current.get().pkg().isSealed(),
                current);
        sealed = Bindings.createBooleanBinding(() -> current.get() != null && current.get().pkg().isSealed(),
                current);
        kind.addListener((obs, was, now) -> onKindChanged(now));
        shipment.addListener((obs, was, now) -> {
            if (!Objects.equals(idOf(was), idOf(now))) {
                refreshPackingList();
            }
        });
        weightText.addListener((obs, was, now) -> updateWarnings());
        categoryText.addListener((obs, was, now) -> categoryMatch.set(match(now).map(Category::name).orElse("")));
    }

    private static Long idOf(ShipmentChoice choice) {
        return choice == null ? null : choice.id();
    }

    /** Loads the choices and the packing list; call when the screen is shown. */
    public void refreshChoices() {
        listLoading.set(true);
        run("task.read", () -> new Choosable(packing.shipments(), packing.boxSizes(), packing.categories()),
                choosable -> {
                    knownShipments.clear();
                    knownShipments.addAll(choosable.shipments());
                    List<ShipmentChoice> choices = new ArrayList<>();
                    for (Shipment s : choosable.shipments()) {
                        choices.add(new ShipmentChoice(s.id(), text.get("shipment.item", s.reference(),
                                s.countryCode())));
                    }
                    choices.add(new ShipmentChoice(null, text.get("shipment.warehouse")));
                    boolean kept = shipment.get() != null && Choices.replaceKeeping(shipments, choices, shipment,
                            ShipmentChoice::id).isPresent();
                    if (!kept) {
                        shipments.setAll(choices);
                        shipment.set(choices.get(0));
                    }
                    boxSizes.setAll(choosable.boxSizes());
                    allCategories.clear();
                    allCategories.addAll(choosable.categories());
                    quickCategories.setAll(choosable.categories().stream().limit(16).toList());
                    categoryMatch.set(match(categoryText.get()).map(Category::name).orElse(""));
                    refreshPackingList();
                });
        labels.refreshChoices();
    }

    private Optional<Category> match(String typed) {
        return PackingService.matchCategory(allCategories, typed);
    }

    // ---- opening -------------------------------------------------------------------------------------------

    /** The scan field's Enter: opens the package, or offers to create it under that number. */
    public void scan() {
        String number = scanText.get() == null ? "" : scanText.get().trim();
        if (number.isEmpty()) {
            return;
        }
        scanText.set("");
        run("task.open", () -> packing.open(number), found -> {
            if (found.isPresent()) {
                show(found.get());
            } else {
                offerToCreate(number);
            }
        });
    }

    private void offerToCreate(String number) {
        boolean create = context.dialogs().confirm(text.get("create.title"), text.get("create.text", number),
                text.get("create.action", number), text.get("create.keep"));
        if (create) {
            Long shipmentId = shipmentId();
            PackageKind chosenKind = kind.get();
            run("task.create", () -> packing.createWithNumber(number, chosenKind, shipmentId), created -> {
                reload(created);
                context.statusChanged().run();
            });
        } else {
            requestFocus(Focus.SCAN);
        }
    }

    /** Shows the package with this number in the form, as a scan does (double-click in the packing list). */
    public void loadByNumber(String number) {
        run("task.open", () -> packing.open(number), found -> found.ifPresentOrElse(this::show,
                () -> problem(text.get("notFound", number))));
    }

    public void newBox() {
        Long shipmentId = shipmentId();
        PackageKind chosenKind = kind.get();
        run("task.create", () -> packing.newPackage(shipmentId, chosenKind, null), created -> {
            reload(created);
            context.statusChanged().run();
        });
    }

    private void show(PackageDetails details) {
        showing = true;
        try {
            current.set(details);
            var p = details.pkg();
            kind.set(p.kind());
            for (HandlingMark mark : HandlingMark.values()) {
                marks.get(mark).set(p.marks().contains(mark));
            }
            weightText.set(text.input(p.grossKg()));
            dimensionsText.set(p.dimensions() == null ? "" : p.dimensions().lengthCm() + "x"
                    + p.dimensions().widthCm() + "x" + p.dimensions().heightCm());
            palletText.set("");
            List<LineRow> rows = new ArrayList<>(details.lines().size());
            for (ContentLine l : details.lines()) {
                rows.add(new LineRow(l.id(), l.lineNo(), l.description(), formats.number(l.quantity()), l.unit(),
                        text.name(l.condition()), l.value() == null ? "" : formats.number(l.value()),
                        l.netKg() == null ? "" : formats.number(l.netKg()), l.itemId() != null));
            }
            lines.setAll(rows);
            title.set(text.get("title." + (p.isSealed() ? "sealed" : "open"), text.name(p.kind()), p.number(),
                    details.shipment() == null ? text.get("shipment.warehouse") : details.shipment().reference()));
            Long shipmentOfPackage = details.shipment() == null ? null : details.shipment().id();
            if (!Objects.equals(shipmentOfPackage, shipmentId())) {
                shipments.stream().filter(c -> Objects.equals(shipmentOfPackage, c.id())).findFirst()
                        .ifPresent(shipment::set);
            }
            feedback.clear();
        } finally {
            showing = false;
        }
        updateWarnings();
        requestFocus(details.pkg().isSealed() ? Focus.SCAN : Focus.CATEGORY);
    }

    private void reload(PackageDetails details) {
        show(details);
        refreshPackingList();
    }

    // ---- editing -------------------------------------------------------------------------------------------

    /** The category field's Enter: a known category moves on to the count. */
    public void confirmCategory() {
        if (match(categoryText.get()).isPresent()) {
            requestFocus(Focus.COUNT);
        } else {
            problem(text.get("category.unknown", categoryText.get().trim()));
        }
    }

    public void chooseCategory(Category category) {
        categoryText.set(category.name());
        requestFocus(Focus.COUNT);
    }

    /** Adds the typed category and count as a line, then waits for the next category. */
    public void addLine() {
        PackageDetails details = current.get();
        if (details == null) {
            problem(text.get("noPackage"));
            return;
        }
        Optional<Category> category = match(categoryText.get());
        if (category.isEmpty()) {
            problem(text.get("category.unknown", categoryText.get().trim()));
            requestFocus(Focus.CATEGORY);
            return;
        }
        String count = countText.get();
        String value = valueText.get();
        Condition chosen = condition.get() == null ? Condition.USED_GOOD : condition.get();
        run("task.save", () -> packing.addCategoryLine(details.pkg().id(), category.get().id(),
                text.parseNumber(count).orElseThrow(() -> new UserInputException(text.message("count.missing",
                        category.get().name()))), chosen, text.parseNumber(value).orElse(null)), updated -> {
                            categoryText.set("");
                            countText.set("");
                            valueText.set("");
                            reload(updated);
                        });
    }

    public void removeLine(LineRow row) {
        PackageDetails details = current.get();
        if (details != null && row != null) {
            run("task.save", () -> packing.removeLine(details.pkg().id(), row.id()), this::reload);
        }
    }

    public void takeFromStock() {
        PackageDetails details = current.get();
        if (details == null) {
            problem(text.get("noPackage"));
            return;
        }
        long item;
        try {
            item = Long.parseLong(stockItemText.get().trim());
        } catch (NumberFormatException e) {
            problem(text.get("stock.itemMissing"));
            return;
        }
        String quantity = stockQuantityText.get();
        run("task.save", () -> packing.takeFromStock(details.pkg().id(), item, text.parseNumber(quantity)
                .orElseGet(() -> packing.availableQuantity(item))), updated -> {
                    stockItemText.set("");
                    stockQuantityText.set("");
                    reload(updated);
                });
    }

    public void applyDimensions() {
        PackageDetails details = current.get();
        if (details != null) {
            String typed = dimensionsText.get();
            run("task.save", () -> packing.setDimensions(details.pkg().id(), packing.parseDimensions(typed)),
                    updated -> {
                        reload(updated);
                        requestFocus(Focus.WEIGHT);
                    });
        }
    }

    public void applySize(BoxSize size) {
        PackageDetails details = current.get();
        if (details != null) {
            run("task.save", () -> packing.setDimensions(details.pkg().id(), size.dimensions()), updated -> {
                reload(updated);
                requestFocus(Focus.WEIGHT);
            });
        }
    }

    /** The weight field's Enter: typed or from the scale ("12,5 kg"). */
    public void saveWeight() {
        PackageDetails details = current.get();
        if (details != null) {
            String typed = weightText.get();
            run("task.save", () -> packing.setGrossWeight(details.pkg().id(), WeightText.parseKg(typed).orElse(null)),
                    this::reload);
        }
    }

    public void putOnPallet() {
        PackageDetails details = current.get();
        if (details != null) {
            String pallet = palletText.get();
            run("task.save", () -> packing.putOnPallet(details.pkg().id(), pallet), this::reload);
        }
    }

    private void onMarkChanged() {
        PackageDetails details = current.get();
        if (showing || details == null || details.pkg().isSealed()) {
            return;
        }
        Set<HandlingMark> chosen = EnumSet.noneOf(HandlingMark.class);
        marks.forEach((mark, on) -> {
            if (on.get()) {
                chosen.add(mark);
            }
        });
        run("task.save", () -> packing.setMarks(details.pkg().id(), chosen), current::set);
    }

    private void onKindChanged(PackageKind now) {
        PackageDetails details = current.get();
        if (showing || details == null || now == null || details.pkg().kind() == now || details.pkg().isSealed()) {
            return;
        }
        runOr("task.save", () -> packing.setKind(details.pkg().id(), now), this::reload, () -> {
            showing = true;
            kind.set(details.pkg().kind());
            showing = false;
        });
    }

    /** Seals the package, saving first a weight typed but not yet saved with Enter. */
    public void seal() {
        PackageDetails details = current.get();
        if (details == null) {
            return;
        }
        String stored = text.input(details.pkg().grossKg());
        String typed = weightText.get() == null ? "" : weightText.get().trim();
        boolean weightChanged = !typed.isEmpty() && !stored.equals(typed);
        run("task.seal", () -> {
            if (weightChanged) {
                packing.setGrossWeight(details.pkg().id(), WeightText.parseKg(typed).orElse(null));
            }
            return packing.seal(details.pkg().id());
        }, sealedPackage -> {
            reload(sealedPackage);
            success(text.get("sealed", sealedPackage.number()));
        });
    }

    public void reopen() {
        PackageDetails details = current.get();
        if (details == null) {
            return;
        }
        context.dialogs().askText(text.get("reopen.title", details.number()), text.get("reopen.prompt"), "")
                .ifPresent(reason -> run("task.save", () -> packing.reopen(details.pkg().id(), reason),
                        this::reload));
    }

    // ---- bulk work -----------------------------------------------------------------------------------------

    /** Asks how many empty boxes and which size, creates them, and opens their labels. */
    public void createEmptyBoxes() {
        Optional<String> count = context.dialogs().askText(text.get("bulk.title"), text.get("bulk.count"), "50");
        if (count.isEmpty()) {
            return;
        }
        Optional<String> sizeCode = context.dialogs().askText(text.get("bulk.title"), text.get("bulk.size",
                String.join(", ", boxSizes.stream().map(BoxSize::code).toList())), "M");
        if (sizeCode.isEmpty()) {
            return;
        }
        Optional<Integer> n = parseCount(count.get(), text.get("bulk.countField"));
        Optional<BoxSize> size = boxSizes.stream().filter(b -> b.code().equalsIgnoreCase(sizeCode.get().trim()))
                .findFirst();
        if (n.isEmpty()) {
            return;
        }
        if (size.isEmpty()) {
            problem(text.get("bulk.unknownSize", sizeCode.get().trim()));
            return;
        }
        Long shipmentId = shipmentId();
        PackageKind chosenKind = kind.get();
        run("task.create", () -> packing.createEmptyPackages(shipmentId, n.get(), chosenKind, size.get()),
                numbers -> {
                    refreshPackingList();
                    success(text.get("bulk.done", numbers.size(), numbers.get(0), numbers.get(numbers.size() - 1)));
                    context.statusChanged().run();
                    labels.openLabels(numbers);
                });
    }

    public void copyCurrent() {
        PackageDetails details = current.get();
        if (details == null) {
            problem(text.get("noPackage"));
            return;
        }
        context.dialogs().askText(text.get("copy.title", details.number()), text.get("copy.prompt"), "20")
                .flatMap(times -> parseCount(times, text.get("copy.field")))
                .ifPresent(times -> run("task.create", () -> packing.copyPackage(details.pkg().id(), times),
                        numbers -> {
                            refreshPackingList();
                            success(text.get("copy.done", numbers.size(), details.number(), numbers.get(0),
                                    numbers.get(numbers.size() - 1)));
                            context.statusChanged().run();
                        }));
    }

    private Optional<Integer> parseCount(String typed, String field) {
        try {
            return Optional.of(Integer.parseInt(typed.trim()));
        } catch (NumberFormatException e) {
            problem(text.get("notWholeNumber", field, typed.trim()));
            return Optional.empty();
        }
    }

    /** Reads the packing list of the chosen shipment in the background; an older answer is dropped. */
    public void refreshPackingList() {
        long mine = ++listAsked;
        Long shipmentId = shipmentId();
        listLoading.set(true);
        context.tasks().execute(BackgroundTask.of(text.get("task.list"), progress -> packing.packingList(shipmentId))
                .onSuccess(rows -> {
                    if (mine == listAsked) {
                        packingList.setAll(rows);
                        listLoading.set(false);
                    }
                })
                .onFailure(error -> {
                    listLoading.set(false);
                    failed(error);
                }));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Recomputes the warnings for the weight as typed, in the background; an older answer is dropped. */
    private void updateWarnings() {
        PackageDetails details = current.get();
        long mine = ++warningsAsked;
        if (details == null) {
            warnings.clear();
            return;
        }
        String typedText = weightText.get();
        context.tasks().execute(BackgroundTask.of(text.get("task.warnings"), progress -> {
            BigDecimal typed;
            try {
                typed = WeightText.parseKg(typedText).orElse(null);
            } catch (UserInputException e) {
                typed = details.pkg().grossKg();
            }
            return packing.warnings(details, typed);
        }).onSuccess(found -> {
            if (mine == warningsAsked) {
                warnings.setAll(found);
            }
        }).onFailure(this::failed));
    }

    /** Runs a command in the background; its answer is shown by {@code then}, a refusal beside the form. */
    private <T> void run(String task, Supplier<T> command, Consumer<T> then) {
        runOr(task, command, then, () -> { });
    }

    private <T> void runOr(String task, Supplier<T> command, Consumer<T> then, Runnable otherwise) {
        context.tasks().execute(BackgroundTask.of(text.get(task), progress -> command.get()).onSuccess(result -> {
            feedback.clear();
            then.accept(result);
        }).onFailure(error -> {
            failed(error);
            otherwise.run();
        }));
    }

    private void failed(Throwable error) {
        if (error instanceof UserInputException rejected) {
            problem(String.join(" ", rejected.messages().stream().map(text::render).toList()));
        } else if (error instanceof NumberInput.Refused refused) {
            problem(text.render(refused.reason()));
        } else if (error instanceof IllegalArgumentException invalid) {
            problem(invalid.getMessage());
        } else {
            context.dialogs().showError(text.get("failed"), error);
        }
    }

    private void success(String sentence) {
        feedback.success(sentence);
    }

    private void problem(String sentence) {
        feedback.problem(sentence);
    }

    private void requestFocus(Focus focus) {
        focusRequest.set(null);
        focusRequest.set(focus);
    }

    private Long shipmentId() {
        return shipment.get() == null ? null : shipment.get().id();
    }

    private String plain(BigDecimal value) {
        return text.number(value);
    }

    /** Numbers of the packages in the packing list rows, for reprints. */
    public static List<String> numbersOf(List<PackingListRow> rows) {
        return rows.stream().map(PackingListRow::number).toList();
    }

    public List<String> currentNumberAsList() {
        return current.get() == null ? List.of() : List.of(current.get().number());
    }

    /** The reference of the chosen shipment, or null for warehouse stock. */
    public String shipmentReference() {
        Long id = shipmentId();
        return id == null ? null : knownShipments.stream().filter(s -> s.id() == id).map(Shipment::reference)
                .findFirst().orElse(null);
    }

    // ---- properties ----------------------------------------------------------------------------------------

    public LabelsViewModel labels() { return labels; }
    public StringProperty scanTextProperty() { return scanText; }
    public StringProperty categoryTextProperty() { return categoryText; }
    public StringProperty categoryMatchProperty() { return categoryMatch; }
    public StringProperty countTextProperty() { return countText; }
    public StringProperty valueTextProperty() { return valueText; }
    public ObjectProperty<Condition> conditionProperty() { return condition; }
    public StringProperty dimensionsTextProperty() { return dimensionsText; }
    public StringProperty weightTextProperty() { return weightText; }
    public StringProperty palletTextProperty() { return palletText; }
    public StringProperty stockItemTextProperty() { return stockItemText; }
    public StringProperty stockQuantityTextProperty() { return stockQuantityText; }
    public StringProperty titleProperty() { return title; }
    /** What the last command did, or why it could not. */
    public Feedback feedback() { return feedback; }
    public javafx.beans.property.ReadOnlyStringProperty messageProperty() { return feedback.messageProperty(); }
    /** True while the packing list is being read. */
    public BooleanProperty listLoadingProperty() { return listLoading; }
    public ObjectProperty<ShipmentChoice> shipmentProperty() { return shipment; }
    public ObjectProperty<PackageKind> kindProperty() { return kind; }
    public ObjectProperty<PackageDetails> currentProperty() { return current; }
    public ObjectProperty<Focus> focusRequestProperty() { return focusRequest; }
    public BooleanProperty markProperty(HandlingMark mark) { return marks.get(mark); }
    public ObservableList<ShipmentChoice> shipments() { return shipments; }
    public ObservableList<LineRow> lines() { return lines; }
    public ObservableList<PackingListRow> packingList() { return packingList; }
    public ObservableList<PackingWarning> warnings() { return warnings; }
    public ObservableList<BoxSize> boxSizes() { return boxSizes; }
    public ObservableList<Category> quickCategories() { return quickCategories; }
    public BooleanBinding editableProperty() { return editable; }
    public BooleanBinding sealedProperty() { return sealed; }
}
