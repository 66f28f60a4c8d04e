package org.shipshape.logic.imports;

import org.shipshape.logic.shipments.ShipmentService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.shipshape.logic.io.NumberRange;
import org.shipshape.logic.io.RefusedValue;
import org.shipshape.model.common.Message;
import org.shipshape.logic.packing.PackageNumbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shipshape.logic.io.CsvTable;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.CodedEnum;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.categories.HsCode;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.packing.Package;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.packing.PackageRepository;
import org.shipshape.store.shipments.ShipmentContentsRepository;
import org.shipshape.store.shipments.ShipmentContentsRepository.NewPackage;

/**
 * Imports packages packed elsewhere from a CSV with one row per content line. All or nothing: every problem is
 * reported as "FILE:ROW: column: message" and nothing is saved unless the whole file is right. Package-level
 * columns (kind, sizes, gross_kg, marks) may be left empty on a package's later rows; when given they must agree
 * with its first row. Imported packages arrive sealed, ready to load.
 */
public final class PackageImport {
    public static final List<String> REQUIRED = List.of("package", "kind", "gross_kg", "category", "description",
            "quantity", "condition", "value");
    public static final List<String> COLUMNS = List.of("package", "kind", "length_cm", "width_cm", "height_cm",
            "gross_kg", "marks", "category", "description", "quantity", "unit", "condition", "value", "net_kg",
            "hs_code");
    private static final List<String> PACKAGE_FIELDS = List.of("kind", "length_cm", "width_cm", "height_cm",
            "gross_kg", "marks");

    private final Workspace workspace;

    public PackageImport(Workspace workspace) {
        this.workspace = workspace;
    }

    public record Result(int packages, int lines) {
    }

    /** One package being read: its first row's fields and the lines found so far. */
    private static final class Draft {
        final String number;
        final long firstRow;
        final Map<String, String> fields = new HashMap<>();
        final List<ContentLine> lines = new ArrayList<>();
        Package pkg;

        Draft(String number, long firstRow) {
            this.number = number;
            this.firstRow = firstRow;
        }
    }

    /**
     * Reads and imports a file. The rows of one package are checked together, so the file is read whole: it may be
     * at most {@link ImportBatches#LARGEST_IN_MEMORY} bytes (tens of thousands of packages), else it is refused.
     */
    public Result importFile(Path file, String shipmentReference) {
        String fileName = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > ImportBatches.LARGEST_IN_MEMORY) {
                throw new UserInputException(Message.of("imports.fileProblem", fileName, Message.of(
                        "imports.tooLargeToReadWhole", size / (1024 * 1024),
                        ImportBatches.LARGEST_IN_MEMORY / (1024 * 1024))));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserInputException(Message.of("io.csv.noSuchFile", file.toString()));
        } catch (IOException e) {
            throw new UserInputException(Message.of("io.csv.unreadable", file.toString(),
                    String.valueOf(e.getMessage())));
        }
        return importFile(fileName, bytes, shipmentReference);
    }

    public Result importFile(String fileName, byte[] bytes, String shipmentReference) {
        Shipment shipment = new ShipmentService(workspace).require(shipmentReference);
        if (shipment.status().isLocked()) {
            throw new UserInputException(Message.of("imports.package.shipmentLocked", shipment.reference(),
                    shipment.status()));
        }
        CsvTable table = CsvTable.parse(fileName, bytes);
        List<Message> problems = new ArrayList<>();
        CsvTable.Row header = new CsvTable.Row(1, table.header());
        for (String column : REQUIRED) {
            if (table.column(column).isEmpty()) {
                problems.add(problem(table, header, column, Message.of("imports.package.missingColumn",
                        String.join(", ", COLUMNS))));
            }
        }
        table.duplicateColumns().forEach(column -> problems.add(problem(table, header, column,
                Message.of("imports.duplicateColumn"))));
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        if (table.rows().isEmpty()) {
            throw new UserInputException(Message.of("imports.package.noRows", fileName));
        }
        CategoryRepository categories = new CategoryRepository(workspace.database());
        PackageRepository repository = new PackageRepository(workspace.database());
        Map<String, Optional<Category>> categoryByName = new HashMap<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (CsvTable.Row row : table.rows()) {
            String number = table.cell(row, "package");
            if (number.isEmpty()) {
                problems.add(problem(table, row, "package", Message.of("imports.package.numberEmpty")));
                continue;
            }
            Optional<Message> badNumber = PackageNumbers.problem(number);
            if (badNumber.isPresent()) {
                problems.add(problem(table, row, "package", badNumber.get()));
                continue;
            }
            String key = number.toUpperCase(Locale.ROOT);
            Draft draft = drafts.get(key);
            if (draft == null) {
                draft = new Draft(number, row.number());
                drafts.put(key, draft);
                for (String field : PACKAGE_FIELDS) {
                    draft.fields.put(field, table.cell(row, field));
                }
                if (repository.findByNumber(number).isPresent()) {
                    problems.add(problem(table, row, "package", Message.of("imports.package.exists", number)));
                }
                draft.pkg = readPackage(table, row, shipment, number, now, problems);
            } else {
                for (String field : PACKAGE_FIELDS) {
                    String value = table.cell(row, field);
                    String first = draft.fields.get(field);
                    if (!value.isEmpty() && !sameValue(field, value, first)) {
                        problems.add(problem(table, row, field, Message.of("imports.package.disagrees", number,
                                first, draft.firstRow, value)));
                    }
                }
            }
            ContentLine line = readLine(table, row, categories, categoryByName, problems);
            if (line != null) {
                draft.lines.add(line);
            }
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        List<NewPackage> packages = drafts.values().stream().map(d -> new NewPackage(d.pkg, d.lines)).toList();
        new ShipmentContentsRepository(workspace.database()).insertAll(packages);
        return new Result(packages.size(), packages.stream().mapToInt(p -> p.lines().size()).sum());
    }

    private static boolean sameValue(String field, String value, String first) {
        if (field.equals("marks")) {
            return Objects.equals(marks(value), marks(first));
        }
        if (field.equals("kind")) {
            return value.equalsIgnoreCase(first);
        }
        try {
            Optional<BigDecimal> a = LenientParsing.decimal(value);
            Optional<BigDecimal> b = LenientParsing.decimal(first);
            return a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) == 0;
        } catch (IllegalArgumentException e) {
            return value.equals(first);
        }
    }

    private static Set<HandlingMark> marks(String text) {
        EnumSet<HandlingMark> result = EnumSet.noneOf(HandlingMark.class);
        for (String code : text.split(";")) {
            if (!code.isBlank()) {
                CodedEnum.fromCode(HandlingMark.class, code).ifPresent(result::add);
            }
        }
        return result;
    }

    private Package readPackage(CsvTable table, CsvTable.Row row, Shipment shipment, String number, Instant now,
                              List<Message> problems) {
        int before = problems.size();
        PackageKind kind = CodedEnum.fromCode(PackageKind.class, table.cell(row, "kind")).orElse(null);
        if (kind == null) {
            problems.add(problem(table, row, "kind", Message.of("imports.package.badKind", table.cell(row, "kind"),
                    CodedEnum.codes(PackageKind.class))));
        }
        Dimensions dimensions = null;
        Integer[] sizes = new Integer[3];
        String[] sizeColumns = {"length_cm", "width_cm", "height_cm"};
        int given = 0;
        for (int i = 0; i < 3; i++) {
            sizes[i] = whole(number(table, row, sizeColumns[i], NumberRange.CENTIMETRES, false, problems));
            given += table.cell(row, sizeColumns[i]).isEmpty() ? 0 : 1;
        }
        if (given != 0 && given != 3) {
            problems.add(problem(table, row, "length_cm", Message.of("imports.package.partialSize")));
        } else if (given == 3 && sizes[0] != null && sizes[1] != null && sizes[2] != null) {
            dimensions = new Dimensions(sizes[0], sizes[1], sizes[2]);
        }
        BigDecimal gross = number(table, row, "gross_kg", NumberRange.KILOGRAMS, true, problems);
        Set<HandlingMark> marks = EnumSet.noneOf(HandlingMark.class);
        for (String code : table.cell(row, "marks").split(";")) {
            if (code.isBlank()) {
                continue;
            }
            Optional<HandlingMark> mark = CodedEnum.fromCode(HandlingMark.class, code);
            if (mark.isEmpty()) {
                problems.add(problem(table, row, "marks", Message.of("imports.package.badMark", code.trim(),
                        CodedEnum.codes(HandlingMark.class))));
            } else {
                marks.add(mark.get());
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Package(0, number, kind, shipment.id(), null, dimensions, gross, marks, PackageStatus.SEALED,
                workspace.user(), now);
    }

    private static ContentLine readLine(CsvTable table, CsvTable.Row row, CategoryRepository categories,
                                        Map<String, Optional<Category>> categoryByName, List<Message> problems) {
        int before = problems.size();
        String categoryName = table.cell(row, "category");
        Category category = null;
        if (categoryName.isEmpty()) {
            problems.add(problem(table, row, "category", Message.of("imports.package.categoryEmpty")));
        } else {
            category = categoryByName.computeIfAbsent(categoryName.toLowerCase(Locale.ROOT),
                    k -> categories.findByName(categoryName)).orElse(null);
            if (category == null) {
                problems.add(problem(table, row, "category", Message.of("imports.package.noCategory",
                        categoryName)));
            }
        }
        String description = table.cell(row, "description");
        if (description.isEmpty()) {
            problems.add(problem(table, row, "description", Message.of("imports.package.descriptionEmpty")));
        }
        BigDecimal quantity = number(table, row, "quantity", NumberRange.QUANTITY, true, problems);
        Condition condition = CodedEnum.fromCode(Condition.class, table.cell(row, "condition")).orElse(null);
        if (condition == null) {
            problems.add(problem(table, row, "condition", Message.of("imports.package.badCondition",
                    table.cell(row, "condition"), CodedEnum.codes(Condition.class))));
        }
        BigDecimal value = number(table, row, "value", NumberRange.MONEY.positive(), true, problems);
        BigDecimal net = number(table, row, "net_kg", NumberRange.KILOGRAMS, false, problems);
        String hsCode = null;
        try {
            Optional<HsCode> parsed = HsCode.parse(table.cell(row, "hs_code"));
            hsCode = parsed.map(HsCode::value).orElse(category == null || category.hsCode() == null ? null
                    : category.hsCode().value());
        } catch (IllegalArgumentException e) {
            problems.add(problem(table, row, "hs_code", Message.of("imports.package.badHsCode",
                    table.cell(row, "hs_code"))));
        }
        if (problems.size() > before) {
            return null;
        }
        String unit = table.cell(row, "unit").isEmpty() ? category.defaultUnit() : table.cell(row, "unit");
        return new ContentLine(0, 0, 0, category.id(), description, quantity, unit, condition, value, net, hsCode,
                null);
    }

    /** The cell as a number of the field's range; null when empty or refused (then a problem). */
    private static BigDecimal number(CsvTable table, CsvTable.Row row, String column, NumberRange range,
                                     boolean required, List<Message> problems) {
        String text = table.cell(row, column);
        Optional<Message> ambiguous = table.delimiter() == ',' ? LenientParsing.ambiguousThousands(text)
                : Optional.empty();
        if (ambiguous.isPresent()) {
            problems.add(problem(table, row, column, ambiguous.get()));
            return null;
        }
        boolean isValue = column.equals("value");
        try {
            Optional<BigDecimal> value = range.read(text);
            if (value.isEmpty() && required) {
                problems.add(problem(table, row, column, Message.of(isValue ? "imports.package.valueEmpty"
                        : "imports.package.numberRequired")));
            }
            return value.orElse(null);
        } catch (RefusedValue e) {
            problems.add(problem(table, row, column, isValue && text.trim().matches("[0.,]+")
                    ? Message.of("imports.package.valueZero", text.trim()) : e.reason()));
            return null;
        }
    }

    private static Message problem(CsvTable table, CsvTable.Row row, String column, Message reason) {
        return ImportFile.problem(table.fileName(), row.number(), column, reason);
    }

    private static Integer whole(BigDecimal value) {
        return value == null ? null : value.intValueExact();
    }
}
