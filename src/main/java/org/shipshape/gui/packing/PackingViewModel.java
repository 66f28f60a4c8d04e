package org.shipshape.gui.packing;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.shipshape.gui.common.DialogService;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.NumberInput;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.gui.task.TaskExecutor;
import org.shipshape.logic.labels.LabelData;
import org.shipshape.logic.labels.LabelPrinting;
import org.shipshape.logic.labels.LabelReport;
import org.shipshape.logic.labels.LabelService;
import org.shipshape.logic.packing.PackageDetails;
import org.shipshape.logic.packing.PackingListRow;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.packing.PackingWarning;
import org.shipshape.logic.packing.WeightText;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.labels.LabelStock;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.shipments.Shipment;

/**
 * State and commands of the packing station. A scanner types the number and Enter; the package opens in the
 * form, every change is saved at once, and warnings follow the form as it is filled in.
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

    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final PackingService packing;
    private final LabelService labels;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages text;
    private final Path labelFolder;

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
    private final StringProperty startPositionText = new SimpleStringProperty("1");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<ShipmentChoice> shipment = new SimpleObjectProperty<>();
    private final ObjectProperty<PackageKind> kind = new SimpleObjectProperty<>(PackageKind.BOX);
    private final ObjectProperty<PackageDetails> current = new SimpleObjectProperty<>();
    private final ObjectProperty<LabelStock> labelStock = new SimpleObjectProperty<>();
    private final ObjectProperty<String> printer = new SimpleObjectProperty<>();
    private final ObjectProperty<Focus> focusRequest = new SimpleObjectProperty<>();
    private final Map<HandlingMark, BooleanProperty> marks = new EnumMap<>(HandlingMark.class);
    private final ObservableList<ShipmentChoice> shipments = FXCollections.observableArrayList();
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<PackingListRow> packingList = FXCollections.observableArrayList();
    private final ObservableList<PackingWarning> warnings = FXCollections.observableArrayList();
    private final ObservableList<BoxSize> boxSizes = FXCollections.observableArrayList();
    private final ObservableList<Category> quickCategories = FXCollections.observableArrayList();
    private final ObservableList<LabelStock> labelStocks = FXCollections.observableArrayList();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final BooleanBinding editable;
    private final BooleanBinding sealed;
    private boolean loading;

    public PackingViewModel(Workspace workspace, TaskExecutor tasks, DialogService dialogs) {
        this.packing = new PackingService(workspace);
        this.labels = new LabelService(workspace);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.text = Messages.of(PackingView.class);
        this.labelFolder = workspace.outputFolder().resolve("labels");
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
        shipment.addListener((obs, was, now) -> refreshPackingList());
        weightText.addListener((obs, was, now) -> updateWarnings());
        categoryText.addListener((obs, was, now) -> categoryMatch.set(packing.findCategory(now)
                .map(Category::name).orElse("")));
        labelStock.addListener((obs, was, now) -> {
            if (now != null && now.printer() != null) {
                printer.set(now.printer());
            }
        });
    }

    /** Loads the choices; call when the screen is shown. */
    public void refreshChoices() {
        ShipmentChoice selected = shipment.get();
        List<ShipmentChoice> choices = new ArrayList<>();
        for (Shipment s : packing.shipments()) {
            choices.add(new ShipmentChoice(s.id(), s.reference() + " (" + s.countryCode() + ")"));
        }
        choices.add(new ShipmentChoice(null, text.get("shipment.warehouse")));
        shipments.setAll(choices);
        shipment.set(choices.stream().filter(c -> selected != null && java.util.Objects.equals(c.id(), selected.id()))
                .findFirst().orElse(choices.get(0)));
        boxSizes.setAll(packing.boxSizes());
        quickCategories.setAll(packing.categories().stream().limit(16).toList());
        labelStocks.setAll(labels.stocks());
        if (labelStock.get() == null && !labelStocks.isEmpty()) {
            labelStock.set(labelStocks.get(0));
        }
        refreshPackingList();
    }

    /** Finds the printers of this computer (slow on some systems, so only on request). */
    public void refreshPrinters() {
        printers.setAll(LabelPrinting.printerNames());
        if (printer.get() == null && !printers.isEmpty()) {
            printer.set(printers.get(0));
        }
    }

    // ---- opening -------------------------------------------------------------------------------------------

    /** The scan field's Enter: opens the package, or offers to create it under that number. */
    public void scan() {
        String number = scanText.get() == null ? "" : scanText.get().trim();
        if (number.isEmpty()) {
            return;
        }
        if (loadByNumber(number)) {
            return;
        }
        boolean create = dialogs.confirm(text.get("create.title"), text.get("create.text", number),
                text.get("create.action", number), text.get("create.keep"));
        if (create) {
            run(() -> packing.createWithNumber(number, kind.get(), shipmentId())).ifPresent(this::show);
        } else {
            focusRequest.set(null);
            focusRequest.set(Focus.SCAN);
        }
    }

    /**
     * Shows the package with this number in the form; false when there is none. This is the scan-to-form path
     * measured by the benchmark.
     */
    public boolean loadByNumber(String number) {
        Optional<PackageDetails> found = packing.open(number);
        found.ifPresent(this::show);
        return found.isPresent();
    }

    public void newBox() {
        run(() -> packing.newPackage(shipmentId(), kind.get(), null)).ifPresent(this::show);
    }

    private void show(PackageDetails details) {
        loading = true;
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
                rows.add(new LineRow(l.id(), l.lineNo(), l.description(), plain(l.quantity()), l.unit(),
                        text.value(l.condition()), text.money(l.value()),
                        l.netKg() == null ? "" : plain(l.netKg()), l.itemId() != null));
            }
            lines.setAll(rows);
            title.set(text.get("title." + (p.isSealed() ? "sealed" : "open"), p.kind(), p.number(),
                    details.shipment() == null ? text.get("shipment.warehouse") : details.shipment().reference()));
            Long shipmentOfPackage = details.shipment() == null ? null : details.shipment().id();
            if (shipment.get() == null || !java.util.Objects.equals(shipmentOfPackage, shipment.get().id())) {
                shipments.stream().filter(c -> java.util.Objects.equals(shipmentOfPackage, c.id())).findFirst()
                        .ifPresent(shipment::set);
            }
            scanText.set("");
            message.set("");
        } finally {
            loading = false;
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
        if (packing.findCategory(categoryText.get()).isPresent()) {
            requestFocus(Focus.COUNT);
        } else {
            message.set(text.get("category.unknown", categoryText.get().trim()));
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
            message.set(text.get("noPackage"));
            return;
        }
        Optional<Category> category = packing.findCategory(categoryText.get());
        if (category.isEmpty()) {
            message.set(text.get("category.unknown", categoryText.get().trim()));
            requestFocus(Focus.CATEGORY);
            return;
        }
        run(() -> {
            BigDecimal count = text.parseNumber(countText.get()).orElseThrow(() -> new UserInputException(
                    text.message("count.missing", category.get().name())));
            BigDecimal value = text.parseNumber(valueText.get()).orElse(null);
            return packing.addCategoryLine(details.pkg().id(), category.get().id(), count,
                    condition.get() == null ? Condition.USED_GOOD : condition.get(), value);
        }).ifPresent(updated -> {
            categoryText.set("");
            countText.set("");
            valueText.set("");
            reload(updated);
        });
    }

    public void removeLine(LineRow row) {
        PackageDetails details = current.get();
        if (details != null && row != null) {
            run(() -> packing.removeLine(details.pkg().id(), row.id())).ifPresent(this::reload);
        }
    }

    public void takeFromStock() {
        PackageDetails details = current.get();
        if (details == null) {
            message.set(text.get("noPackage"));
            return;
        }
        run(() -> {
            long item;
            try {
                item = Long.parseLong(stockItemText.get().trim());
            } catch (NumberFormatException e) {
                throw new UserInputException(text.message("stock.itemMissing"));
            }
            BigDecimal quantity = text.parseNumber(stockQuantityText.get()).orElseGet(
                    () -> packing.availableQuantity(item));
            return packing.takeFromStock(details.pkg().id(), item, quantity);
        }).ifPresent(updated -> {
            stockItemText.set("");
            stockQuantityText.set("");
            reload(updated);
        });
    }

    public void applyDimensions() {
        PackageDetails details = current.get();
        if (details != null) {
            run(() -> packing.setDimensions(details.pkg().id(), packing.parseDimensions(dimensionsText.get())))
                    .ifPresent(updated -> {
                        reload(updated);
                        requestFocus(Focus.WEIGHT);
                    });
        }
    }

    public void applySize(BoxSize size) {
        PackageDetails details = current.get();
        if (details != null) {
            run(() -> packing.setDimensions(details.pkg().id(), size.dimensions())).ifPresent(updated -> {
                reload(updated);
                requestFocus(Focus.WEIGHT);
            });
        }
    }

    /** The weight field's Enter: typed or from the scale ("12,5 kg"). */
    public void saveWeight() {
        PackageDetails details = current.get();
        if (details != null) {
            run(() -> packing.setGrossWeight(details.pkg().id(), WeightText.parseKg(weightText.get()).orElse(null)))
                    .ifPresent(this::reload);
        }
    }

    public void putOnPallet() {
        PackageDetails details = current.get();
        if (details != null) {
            run(() -> packing.putOnPallet(details.pkg().id(), palletText.get())).ifPresent(this::reload);
        }
    }

    private void onMarkChanged() {
        PackageDetails details = current.get();
        if (loading || details == null || details.pkg().isSealed()) {
            return;
        }
        Set<HandlingMark> chosen = EnumSet.noneOf(HandlingMark.class);
        marks.forEach((mark, on) -> {
            if (on.get()) {
                chosen.add(mark);
            }
        });
        run(() -> packing.setMarks(details.pkg().id(), chosen)).ifPresent(current::set);
    }

    private void onKindChanged(PackageKind now) {
        PackageDetails details = current.get();
        if (loading || details == null || now == null || details.pkg().kind() == now
                || details.pkg().isSealed()) {
            return;
        }
        Optional<PackageDetails> updated = run(() -> packing.setKind(details.pkg().id(), now));
        if (updated.isPresent()) {
            reload(updated.get());
        } else {
            loading = true;
            kind.set(details.pkg().kind());
            loading = false;
        }
    }

    public void seal() {
        PackageDetails details = current.get();
        if (details != null) {
            saveTypedWeightIfChanged(details);
            run(() -> packing.seal(details.pkg().id())).ifPresent(sealedPackage -> {
                reload(sealedPackage);
                message.set(text.get("sealed", sealedPackage.number()));
            });
        }
    }

    private void saveTypedWeightIfChanged(PackageDetails details) {
        String stored = text.input(details.pkg().grossKg());
        if (!stored.equals(weightText.get().trim()) && !weightText.get().isBlank()) {
            saveWeight();
        }
    }

    public void reopen() {
        PackageDetails details = current.get();
        if (details == null) {
            return;
        }
        dialogs.askText(text.get("reopen.title", details.number()), text.get("reopen.prompt"), "")
                .ifPresent(reason -> run(() -> packing.reopen(details.pkg().id(), reason)).ifPresent(this::reload));
    }

    // ---- bulk work -----------------------------------------------------------------------------------------

    /** Asks how many empty boxes and which size, creates them, and opens their labels. */
    public void createEmptyBoxes() {
        Optional<String> count = dialogs.askText(text.get("bulk.title"), text.get("bulk.count"), "50");
        if (count.isEmpty()) {
            return;
        }
        Optional<String> sizeCode = dialogs.askText(text.get("bulk.title"), text.get("bulk.size",
                String.join(", ", boxSizes.stream().map(BoxSize::code).toList())), "M");
        if (sizeCode.isEmpty()) {
            return;
        }
        run(() -> {
            int n = parseCount(count.get(), text.get("bulk.countField"));
            BoxSize size = boxSizes.stream().filter(b -> b.code().equalsIgnoreCase(sizeCode.get().trim()))
                    .findFirst().orElseThrow(() -> new UserInputException(text.message("bulk.unknownSize",
                            sizeCode.get().trim())));
            return packing.createEmptyPackages(shipmentId(), n, kind.get(), size);
        }).ifPresent(numbers -> {
            refreshPackingList();
            message.set(text.get("bulk.done", numbers.size(), numbers.get(0), numbers.get(numbers.size() - 1)));
            openLabels(numbers);
        });
    }

    public void copyCurrent() {
        PackageDetails details = current.get();
        if (details == null) {
            message.set(text.get("noPackage"));
            return;
        }
        dialogs.askText(text.get("copy.title", details.number()), text.get("copy.prompt"), "20").ifPresent(times ->
                run(() -> packing.copyPackage(details.pkg().id(), parseCount(times, text.get("copy.field"))))
                        .ifPresent(numbers -> {
                            refreshPackingList();
                            message.set(text.get("copy.done", numbers.size(), details.number(), numbers.get(0),
                                    numbers.get(numbers.size() - 1)));
                        }));
    }

    private int parseCount(String typed, String field) {
        try {
            return Integer.parseInt(typed.trim());
        } catch (NumberFormatException e) {
            throw new UserInputException(text.message("notWholeNumber", field, typed.trim()));
        }
    }

    public void refreshPackingList() {
        packingList.setAll(packing.packingList(shipmentId()));
    }

    // ---- labels --------------------------------------------------------------------------------------------

    /** Writes the labels of these packages as a PDF in the background and opens it in the system viewer. */
    public void openLabels(List<String> numbers) {
        writeLabels(numbers, null, report -> dialogs.openInSystemViewer(report.file()));
    }

    /**
     * Writes the labels and sends them to the chosen printer (both in the background), remembering the printer
     * for this label stock.
     */
    public void printLabels(List<String> numbers) {
        String chosen = printer.get();
        if (chosen == null || chosen.isBlank()) {
            message.set(text.get("print.noPrinter"));
            return;
        }
        writeLabels(numbers, chosen, report -> message.set(text.get("print.sent", report.labels(), chosen)));
    }

    /** A labels PDF that was written (and perhaps printed). */
    private record Written(Path file, int labels, List<Message> shortened) {
    }

    private void writeLabels(List<String> numbers, String printerName, java.util.function.Consumer<Written> then) {
        LabelStock stock = labelStock.get();
        if (numbers.isEmpty() || stock == null) {
            message.set(text.get("labels.none"));
            return;
        }
        Optional<Integer> start = run(() -> parseCount(startPositionText.get(), text.get("labels.startField")));
        if (start.isEmpty()) {
            return;
        }
        Path file = labelFolder.resolve("labels-" + LocalDateTime.now().format(FILE_STAMP) + ".pdf");
        tasks.execute(BackgroundTask.<Written>of(text.get("labels.task", numbers.size()), progress -> {
            try {
                Files.createDirectories(labelFolder);
                List<LabelData> data = labels.forPackages(numbers);
                LabelReport report = labels.writePdf(data, stock.code(), start.get(), file, progress);
                if (printerName != null) {
                    LabelPrinting.print(file, printerName, text.get("labels.printJob"));
                    labels.rememberPrinter(stock.code(), printerName);
                }
                return new Written(file, report.labels(), report.shortened());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).onSuccess(written -> {
            message.set(written.shortened().isEmpty() ? text.get("labels.done", written.labels(), file)
                    : text.render(written.shortened(), " "));
            then.accept(written);
        }).onFailure(error -> {
            if (error instanceof UserInputException rejected) {
                message.set(text.render(rejected.messages(), " "));
            } else if (printerName != null && Files.exists(file)) {
                dialogs.showError(text.get("print.failed", printerName, file), error);
            } else {
                dialogs.showError(text.get("labels.failed", file), error);
            }
        }));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void updateWarnings() {
        PackageDetails details = current.get();
        if (details == null) {
            warnings.clear();
            return;
        }
        BigDecimal typed;
        try {
            typed = WeightText.parseKg(weightText.get()).orElse(null);
        } catch (UserInputException e) {
            typed = details.pkg().grossKg();
        }
        warnings.setAll(packing.warnings(details, typed));
    }

    /** Runs a command; rejected input becomes the message beside the form, anything else an error dialog. */
    private <T> Optional<T> run(Supplier<T> command) {
        try {
            T result = command.get();
            message.set("");
            return Optional.ofNullable(result);
        } catch (UserInputException e) {
            message.set(text.render(e.messages(), " "));
            return Optional.empty();
        } catch (NumberInput.Refused e) {
            message.set(text.render(e.reason()));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            dialogs.showError(text.get("failed"), e);
            return Optional.empty();
        }
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

    // ---- properties ----------------------------------------------------------------------------------------

    /** The reference of the chosen shipment, or null for warehouse stock. */
    public String shipmentReference() {
        Long id = shipment.get() == null ? null : shipment.get().id();
        return id == null ? null : packing.shipments().stream().filter(s -> s.id() == id)
                .map(Shipment::reference).findFirst().orElse(null);
    }

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
    public StringProperty startPositionTextProperty() { return startPositionText; }
    public StringProperty titleProperty() { return title; }
    public StringProperty messageProperty() { return message; }
    public ObjectProperty<ShipmentChoice> shipmentProperty() { return shipment; }
    public ObjectProperty<PackageKind> kindProperty() { return kind; }
    public ObjectProperty<PackageDetails> currentProperty() { return current; }
    public ObjectProperty<LabelStock> labelStockProperty() { return labelStock; }
    public ObjectProperty<String> printerProperty() { return printer; }
    public ObjectProperty<Focus> focusRequestProperty() { return focusRequest; }
    public BooleanProperty markProperty(HandlingMark mark) { return marks.get(mark); }
    public ObservableList<ShipmentChoice> shipments() { return shipments; }
    public ObservableList<LineRow> lines() { return lines; }
    public ObservableList<PackingListRow> packingList() { return packingList; }
    public ObservableList<PackingWarning> warnings() { return warnings; }
    public ObservableList<BoxSize> boxSizes() { return boxSizes; }
    public ObservableList<Category> quickCategories() { return quickCategories; }
    public ObservableList<LabelStock> labelStocks() { return labelStocks; }
    public ObservableList<String> printers() { return printers; }
    public BooleanBinding editableProperty() { return editable; }
    public BooleanBinding sealedProperty() { return sealed; }
}
