package org.shipshape.logic.imports;

import org.shipshape.logic.intake.NameSuggestions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Optional;
import org.shipshape.logic.io.CsvTable;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.store.settings.SettingsRepository;

/**
 * Imports donated items from a spreadsheet saved as CSV. Columns are matched by name, ignoring case:
 * {@code donor, received_on, category, description, quantity, unit, condition, unit_value, currency, unit_kg,
 * location}. Every row is checked first; nothing is written unless the whole file is valid, and then all rows are
 * written in one transaction together with an import_batch row carrying the file's SHA-256.
 */
public final class ItemImport implements SpreadsheetImport<ImportedItem> {
    public static final String KIND = "items";
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    static final List<String> REQUIRED = List.of("donor", "received_on", "category", "description", "quantity",
            "condition");
    private static final int CHUNK = 5000;
    private final Workspace workspace;

    public ItemImport(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public ImportPreview<ImportedItem> preview(Path file, Progress progress) {
        ImportFile input = ImportFile.read(file, REQUIRED);
        if (!input.readable() || !input.problems.isEmpty()) {
            return ImportBatches.preview(workspace, KIND, input, 0, List.of(), List.of());
        }
        Map<String, Category> categories = new HashMap<>();
        List<Category> allCategories = new CategoryRepository(workspace.database()).findAll();
        allCategories.forEach(c -> categories.put(key(c.name()), c));
        NameSuggestions suggestions = new NameSuggestions(allCategories.stream().map(Category::name).toList());
        Map<String, String> suggestionCache = new HashMap<>();
        Map<String, Long> donors = new HashMap<>();
        for (Donor donor : new DonorRepository(workspace.database()).findAll()) {
            donors.putIfAbsent(key(donor.name()), donor.id());
        }
        Map<String, String> newDonors = new LinkedHashMap<>();
        String defaultCurrency = new SettingsRepository(workspace.database()).organisation().defaultCurrency();
        List<CsvTable.Row> rows = input.table.rows();
        List<ImportedItem> items = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (i % CHUNK == 0) {
                progress.checkCancelled();
                progress.update(i, rows.size(), "Checking row " + (i + 1) + " of " + rows.size());
            }
            CsvTable.Row row = rows.get(i);
            if (!input.checkShape(row)) {
                continue;
            }
            int problemsBefore = input.problems.size();
            String donorName = input.required(row, "donor");
            LocalDate receivedOn = input.date(row, "received_on");
            if (receivedOn == null && input.optional(row, "received_on") == null) {
                input.problem(row, "received_on", "a value is required here; write the date like 2026-03-14");
            }
            String categoryName = input.required(row, "category");
            Category category = categoryName == null ? null : categories.get(key(categoryName));
            if (categoryName != null && category == null) {
                input.problem(row, "category", suggestionCache.computeIfAbsent(key(categoryName),
                        k -> unknownCategory(categoryName, suggestions)));
            }
            String description = input.required(row, "description");
            BigDecimal quantity = positive(input, row, "quantity", true);
            Condition condition = input.code(row, "condition", Condition.class);
            if (condition == null && input.optional(row, "condition") == null) {
                input.problem(row, "condition", "a value is required here; use one of new, used-good, used-fair,"
                        + " for-parts");
            }
            BigDecimal unitValue = input.decimal(row, "unit_value");
            if (unitValue != null && unitValue.signum() < 0) {
                input.problem(row, "unit_value", "the value cannot be negative; write 0 or more");
            }
            BigDecimal unitKg = positive(input, row, "unit_kg", false);
            String currency = currency(input, row, defaultCurrency);
            if (input.problems.size() > problemsBefore) {
                continue;
            }
            String unit = Optional.ofNullable(input.optional(row, "unit")).orElse(category.defaultUnit());
            Long donorId = donors.get(key(donorName));
            if (donorId == null) {
                newDonors.putIfAbsent(key(donorName), donorName);
            }
            DonatedItem item = new DonatedItem(0, donorId == null ? 0 : donorId, category.id(), description, quantity,
                    unit, condition, unitValue == null ? BigDecimal.ZERO : unitValue, currency,
                    unitKg == null ? category.defaultUnitKg() : unitKg, receivedOn, input.optional(row, "location"),
                    ItemStatus.IN_STOCK, null);
            items.add(new ImportedItem(row.number(), item, donorId == null ? donorName : null));
        }
        List<String> notes = newDonors.values().stream()
                .map(name -> "New donor \"" + name + "\" will be created (kind: other); complete it on the donors screen.")
                .toList();
        return ImportBatches.preview(workspace, KIND, input, rows.size(), items, notes);
    }

    @Override
    public ImportResult write(ImportPreview<ImportedItem> preview, boolean allowDuplicate, Progress progress) {
        var db = workspace.database();
        return ImportBatches.write(workspace, preview, allowDuplicate, batchId -> {
            DonorRepository donorRepository = new DonorRepository(db);
            Map<String, Long> created = new HashMap<>();
            List<DonatedItem> items = new ArrayList<>(preview.rows().size());
            for (ImportedItem row : preview.rows()) {
                DonatedItem item = row.item();
                if (row.newDonorName() != null) {
                    long donorId = created.computeIfAbsent(key(row.newDonorName()),
                            k -> donorRepository.insert(Donor.named(row.newDonorName().trim(), DonorKind.OTHER)));
                    item = withDonor(item, donorId);
                }
                items.add(item);
            }
            ItemRepository itemRepository = new ItemRepository(db);
            for (int start = 0; start < items.size(); start += CHUNK) {
                progress.checkCancelled();
                progress.update(start, items.size(), "Writing row " + (start + 1) + " of " + items.size());
                itemRepository.insertAll(items.subList(start, Math.min(items.size(), start + CHUNK)), batchId);
            }
            progress.update(items.size(), items.size(), "Imported " + items.size() + " items");
            return new ImportResult(preview.fileName(), items.size(), created.size(), 0, batchId);
        });
    }

    private static DonatedItem withDonor(DonatedItem i, long donorId) {
        return new DonatedItem(i.id(), donorId, i.categoryId(), i.description(), i.quantity(), i.unit(), i.condition(),
                i.unitValue(), i.currency(), i.unitKg(), i.receivedOn(), i.location(), i.status(), i.testRecord());
    }

    private static BigDecimal positive(ImportFile input, CsvTable.Row row, String column, boolean required) {
        BigDecimal value = input.decimal(row, column);
        if (value == null) {
            if (required && input.optional(row, column) == null) {
                input.problem(row, column, "a value is required here; write a number greater than 0");
            }
            return null;
        }
        if (value.signum() <= 0) {
            input.problem(row, column, "must be greater than 0, not " + value.toPlainString());
            return null;
        }
        return value;
    }

    private static String currency(ImportFile input, CsvTable.Row row, String defaultCurrency) {
        String currency = input.optional(row, "currency");
        if (currency == null) {
            return defaultCurrency;
        }
        String code = currency.toUpperCase(Locale.ROOT);
        if (!CURRENCY_CODE.matcher(code).matches()) {
            input.problem(row, "currency", "\"" + currency + "\" is not a currency code; write three letters like EUR");
        }
        return code;
    }

    private static String unknownCategory(String typed, NameSuggestions suggestions) {
        return "unknown category \"" + typed + "\"; did you mean " + String.join(" or ",
                suggestions.closestTo(typed, 3).stream().map(n -> "\"" + n + "\"").toList())
                + "? (shipshape categories lists every name)";
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
