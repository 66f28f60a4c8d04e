package org.shipshape.logic.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.packing.ContentSummary;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;
import org.shipshape.model.categories.Category;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.labels.LabelStock;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.customs.CustomsDataRepository;
import org.shipshape.store.labels.LabelStockRepository;
import org.shipshape.store.settings.SettingsRepository;
import org.shipshape.store.shipments.CountryRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/** Box labels: gathers what each label shows from the database and writes them as one PDF. */
public final class LabelService {
    /** The setting naming the label stock offered first (Settings > Defaults). */
    public static final String DEFAULT_STOCK_SETTING = "labels.default_stock";

    private final LabelStockRepository labelStocks;
    private final CountryRepository countries;
    private final PackageRepository packages;
    private final ShipmentRepository shipments;
    private final CategoryRepository categories;
    private final SettingsRepository settings;

    private final org.shipshape.store.db.Database database;
    /** The font and QR codes of the labels last gathered by forShipment, made while their contents are read. */
    private final LabelsAhead ahead = new LabelsAhead();

    public LabelService(Workspace workspace) {
        var db = workspace.database();
        this.database = db;
        this.settings = new SettingsRepository(db);
        this.labelStocks = new LabelStockRepository(db);
        this.countries = new CountryRepository(db);
        this.packages = new PackageRepository(db);
        this.shipments = new ShipmentRepository(db);
        this.categories = new CategoryRepository(db);
    }

    /** The label stocks to choose from: not retired, the default one first. */
    public List<LabelStock> stocks() {
        String preferred = defaultStockCode();
        List<LabelStock> active = new ArrayList<>(labelStocks.labelStocks().stream().filter(s -> !s.retired()).toList());
        active.sort(java.util.Comparator.comparing(s -> !s.code().equalsIgnoreCase(preferred)));
        return active;
    }

    /** The code of the stock offered first: the setting, else the first stock in use. */
    public String defaultStockCode() {
        return settings.get(DEFAULT_STOCK_SETTING).filter(code -> labelStocks.labelStock(code).isPresent())
                .orElseGet(() -> labelStocks.labelStocks().stream().filter(s -> !s.retired()).map(LabelStock::code)
                        .findFirst().orElse(""));
    }

    /** The stock with this code; an unknown code is rejected naming the known ones. */
    public LabelStock stock(String code) {
        return labelStocks.labelStock(code == null ? "" : code).orElseThrow(() -> new UserInputException(
                Message.of("labels.refused.unknownStock", String.valueOf(code),
                        stocks().stream().map(LabelStock::code).collect(Collectors.joining(", ")))));
    }

    public void rememberPrinter(String stockCode, String printer) {
        labelStocks.rememberPrinter(stockCode, printer);
    }

    /**
     * Labels for packages of a shipment, in number order; all of them when {@code numbers} is empty.
     * Numbers not in the shipment are rejected, all named in one message.
     */
    public List<LabelData> forShipment(String reference, List<String> numbers) {
        return forShipment(reference, numbers, true);
    }

    /** @param encodeAhead whether to start on the font and the QR codes while the contents are read */
    private List<LabelData> forShipment(String reference, List<String> numbers, boolean encodeAhead) {
        Shipment shipment = shipments.findByReference(reference == null ? "" : reference).orElseThrow(
                () -> new UserInputException(Message.of("shipments.unknownReference", String.valueOf(reference))));
        List<Package> all = packages.findByShipment(shipment.id());
        Set<String> wanted = normalise(numbers);
        if (!wanted.isEmpty()) {
            Set<String> known = all.stream().map(p -> p.number().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
            List<String> unknown = wanted.stream().filter(n -> !known.contains(n)).toList();
            if (!unknown.isEmpty()) {
                throw new UserInputException(Message.of("labels.refused.notInShipment", unknown.size(),
                        String.join(", ", unknown), shipment.reference()));
            }
        }
        if (encodeAhead) {
            ahead.prepareFonts();
            ahead.encode(all.stream().map(Package::number)
                    .filter(n -> wanted.isEmpty() || wanted.contains(n.toUpperCase(Locale.ROOT))).toList());
        }
        Map<Long, List<ContentLine>> lines = packages.linesOfShipment(shipment.id());
        Map<Long, Category> categoryMap = categoryMap();
        String country = countries.countryName(shipment.countryCode()).orElse(shipment.countryCode());
        // summing each label's contents is most of what is left after reading: on every core, in package order
        return IntStream.range(0, all.size()).parallel()
                .filter(i -> wanted.isEmpty() || wanted.contains(all.get(i).number().toUpperCase(Locale.ROOT)))
                .mapToObj(i -> label(all.get(i), i + 1, all.size(), shipment, country,
                        contentsOf(all.get(i), all, lines), categoryMap))
                .toList();
    }

    /** Labels for the given packages, whichever shipment (or none) they belong to; for reprints. */
    public List<LabelData> forPackages(List<String> numbers) {
        Set<String> wanted = normalise(numbers);
        List<Package> found = packages.findByNumbers(List.copyOf(wanted));
        if (found.size() != wanted.size()) {
            Set<String> foundNumbers = found.stream().map(p -> p.number().toUpperCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            throw new UserInputException(Message.of("labels.refused.unknownPackages", wanted.stream()
                    .filter(n -> !foundNumbers.contains(n)).collect(Collectors.joining(", "))));
        }
        Map<Long, List<LabelData>> byShipment = new HashMap<>();
        List<LabelData> result = new ArrayList<>();
        Map<Long, Category> categoryMap = categoryMap();
        for (Package p : found) {
            if (p.shipmentId() == null) {
                List<ContentLine> own = packages.linesOf(p.id());
                result.add(label(p, 0, 0, null, "", own, categoryMap));
            } else {
                String reference = shipments.findById(p.shipmentId()).map(Shipment::reference).orElseThrow();
                List<LabelData> ofShipment = byShipment.computeIfAbsent(p.shipmentId(),
                        id -> forShipment(reference, List.of(), false));
                ofShipment.stream().filter(l -> l.packageNumber().equals(p.number())).findFirst()
                        .ifPresent(result::add);
            }
        }
        return result;
    }

    /** Writes the labels as one PDF through a temporary file, so a crash never leaves half a file. */
    public LabelReport writePdf(List<LabelData> labels, String stockCode, int startPosition, Path file,
                                Progress progress) {
        LabelStock stock = stock(stockCode);
        LabelReport[] report = new LabelReport[1];
        try {
            LabelSender sender = LabelSender.of(new CustomsDataRepository(database).phrases().text("label.from",
                    Language.EN), settings.organisation());
            AtomicFileWriter.write(file, out -> report[0] = LabelPdfWriter.write(labels, stock, startPosition, sender,
                    out, progress, ahead));
        } catch (IOException e) {
            throw new UncheckedIOException("The labels could not be written to " + file + ": " + e.getMessage(), e);
        }
        return report[0];
    }

    private List<ContentLine> contentsOf(Package p, List<Package> all, Map<Long, List<ContentLine>> lines) {
        if (p.kind() != PackageKind.PALLET) {
            return lines.getOrDefault(p.id(), List.of());
        }
        List<ContentLine> onPallet = new ArrayList<>(lines.getOrDefault(p.id(), List.of()));
        for (Package child : all) {
            if (child.parentId() != null && child.parentId() == p.id()) {
                onPallet.addAll(lines.getOrDefault(child.id(), List.of()));
            }
        }
        return onPallet;
    }

    private static LabelData label(Package p, int position, int total, Shipment shipment, String country,
                                   List<ContentLine> lines, Map<Long, Category> categoryMap) {
        Language local = shipment == null ? Language.EN
                : shipment.documentLanguages().stream().findFirst().orElse(Language.EN);
        List<String> english = ContentSummary.lines(lines, categoryMap, Language.EN);
        List<String> translated = local == Language.EN ? List.of() : ContentSummary.lines(lines, categoryMap, local);
        return new LabelData(p.number(), position, total, country, shipment == null ? "" : shipment.consignee(),
                shipment == null ? "Warehouse stock" : shipment.reference(), english, translated, p.grossKg(),
                p.marks());
    }

    private Map<Long, Category> categoryMap() {
        return categories.findAll().stream().collect(Collectors.toMap(Category::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static Set<String> normalise(List<String> numbers) {
        Set<String> result = new LinkedHashSet<>();
        for (String n : numbers == null ? List.<String>of() : numbers) {
            if (n != null && !n.isBlank()) {
                result.add(n.trim().toUpperCase(Locale.ROOT));
            }
        }
        return result;
    }
}
