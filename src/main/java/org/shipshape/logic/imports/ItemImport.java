package org.shipshape.logic.imports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shipshape.logic.intake.NameSuggestions;
import org.shipshape.logic.io.CsvTable;
import org.shipshape.logic.io.NumberRange;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import org.shipshape.model.common.CodedEnum;
import org.shipshape.model.common.Message;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.intake.TestRecord;
import org.shipshape.model.intake.TestResult;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.imports.ImportBatchRepository;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.store.settings.SettingsRepository;

/**
 * Imports donated items from a spreadsheet saved as CSV. Columns are matched by name, ignoring case:
 * {@code donor, received_on, category, description, quantity, unit, condition, unit_value, currency, unit_kg,
 * location} and, for electrical goods, the test record {@code tested_on, tested_by, test_result, test_notes}.
 *
 * <p>The file is read as a stream, so any size needs the same memory (docs/decisions/0008): each row is checked
 * and, when writing, stored at once in one transaction that also holds the import_batch row with the file's
 * SHA-256. The first problem stops the storing; the rest of the file is still checked so every problem is
 * reported, and then the transaction is rolled back: all rows or none.
 */
public final class ItemImport implements SpreadsheetImport<ImportedItem> {
    public static final String KIND = "items";
    static final List<String> REQUIRED = List.of("donor", "received_on", "category", "description", "quantity",
            "condition");
    private static final List<String> TEST_RECORD = List.of("tested_on", "tested_by", "test_result");
    /** New donors are created from their names; more than this in one file is a mistake, not a donor list. */
    static final int LARGEST_NEW_DONORS = 10_000;
    private static final int CHUNK = 1000;
    private static final int PROGRESS_EVERY = 5000;
    /** At most this many names are remembered as written (memory stays bounded whatever the file). */
    private static final int AS_WRITTEN_KEPT = 20_000;
    private final Workspace workspace;

    public ItemImport(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public ImportPreview<ImportedItem> preview(Path file, Progress progress) {
        ImportFile input = ImportFile.open(file, REQUIRED);
        if (!input.readable() || input.hasProblems()) {
            return ImportBatches.preview(workspace, KIND, input, 0, 0, List.of(), List.of());
        }
        RowReader reader = new RowReader(input);
        long[] counts = new long[2];
        input.source.forEachRow(row -> {
            report(progress, input, ++counts[0], "imports.progress.checkingRow");
            if (reader.read(row) != null) {
                counts[1]++;
            }
        });
        return ImportBatches.preview(workspace, KIND, input, counts[0], counts[1], List.of(), reader.newDonorNotes());
    }

    @Override
    public ImportResult write(ImportPreview<ImportedItem> preview, boolean allowDuplicate, Progress progress) {
        ImportBatches.requireWritable(preview, allowDuplicate);
        ImportFile input = ImportFile.open(preview.source(), REQUIRED);
        if (!input.sha256.equals(preview.sha256())) {
            throw new UserInputException(Message.of("imports.changedSinceChecked", preview.fileName()));
        }
        return store(input, progress);
    }

    /** Checks and stores in one pass over the file (the command line and the benchmark). */
    @Override
    public ImportResult run(Path file, boolean allowDuplicate, Progress progress) {
        return run(ImportFileAhead.onAsking(file), allowDuplicate, progress);
    }

    @Override
    public ImportResult run(ImportFileAhead file, boolean allowDuplicate, Progress progress) {
        ImportFile input = ImportFile.open(file, REQUIRED);
        if (!input.readable() || input.hasProblems()) {
            throw ImportBatches.rejected(input.fileName, input.problems());
        }
        ImportBatches.requireWritable(ImportBatches.preview(workspace, KIND, input, 0, 0, List.of(), List.of()),
                allowDuplicate);
        return store(input, progress);
    }

    /**
     * Stores the file's rows in one transaction, all or none. The rows are read and checked on a thread of their own
     * ({@link RowsAhead}) while this thread, which holds the transaction, stores the ones checked so far and creates
     * the donors named for the first time.
     */
    private ImportResult store(ImportFile input, Progress progress) {
        var db = workspace.database();
        return db.inTransaction(() -> {
            ImportBatchRepository batches = new ImportBatchRepository(db);
            long batchId = batches.insert(KIND, input.fileName, input.sha256, 0, workspace.user());
            DonorRepository donorRepository = new DonorRepository(db);
            RowReader reader = new RowReader(input); // reads the database here; checks on the reading thread
            List<Long> createdDonors = new ArrayList<>(); // by the number the reading thread gave each new donor
            long stored;
            long[] rows = new long[1];
            try (ItemRepository.ImportWriter items = new ItemRepository(db).importWriter(batchId);
                 RowsAhead<CheckedItem> ahead = new RowsAhead<>("item-import-reader", CHUNK,
                    sink -> input.source.forEachRow(row -> {
                        report(progress, input, ++rows[0], "imports.progress.importingRow");
                        DonatedItem item = reader.read(row);
                        // nothing more is stored once a problem is known; the rest is only checked
                        if (item != null && !input.hasProblems()) {
                            sink.accept(new CheckedItem(item, reader.lastRowNamedNewDonor()
                                    ? input.optional(row, "donor") : null));
                        }
                    }))) {
                for (List<CheckedItem> checked = ahead.next(); checked != null; checked = ahead.next()) {
                    for (CheckedItem each : checked) {
                        DonatedItem item = each.item();
                        if (item.donorId() < 0) {
                            if (each.newDonor() != null) {
                                createdDonors.add(donorRepository.insert(Donor.named(each.newDonor().trim(),
                                        DonorKind.OTHER)));
                            }
                            item = item.withDonorId(createdDonors.get(RowReader.newDonorIndex(item.donorId())));
                        }
                        items.add(item);
                    }
                }
                if (input.hasProblems()) {
                    throw ImportBatches.rejected(input.fileName, input.problems()); // rolls back every row stored
                }
                stored = items.finish();
            }
            batches.updateRowCount(batchId, stored);
            progress.report(1, 1, Message.of("imports.progress.imported", stored));
            return new ImportResult(input.fileName, (int) stored, createdDonors.size(), 0, batchId,
                    reader.newDonorNotes());
        });
    }

    /**
     * A row checked on the reading thread; on the first row of a donor named for the first time, the donor's name (the
     * storing thread creates the donor then).
     */
    private record CheckedItem(DonatedItem item, String newDonor) {
    }

    private static void report(Progress progress, ImportFile input, long row, String stepKey) {
        if (row % PROGRESS_EVERY == 1) {
            progress.checkCancelled();
            progress.report(input.source.position(), input.source.approximateLength(), Message.of(stepKey, row));
        }
    }

    /**
     * Checks one row at a time and turns it into an item; it never writes (it runs on the import's reading thread). A
     * donor named for the first time is noted and numbered: its items get the donor id -1 for the first new donor,
     * -2 for the second, and so on, until the storing thread, which creates the donors in that order, puts in the
     * real id (a list look-up per row instead of a map look-up by name on the thread that waits for the database).
     */
    private final class RowReader {
        private final ImportFile input;
        private final Map<String, Category> categories = new HashMap<>();
        private final NameSuggestions suggestions;
        private final Map<String, Message> suggestionCache = new HashMap<>();
        private final Map<String, Long> donors = new HashMap<>();
        /**
         * Names as the file writes them (trimmed), found before: most rows repeat a few names, and looking them up as
         * written spares a lower-case copy of two names per row.
         */
        private final Map<String, Long> donorsAsWritten = new HashMap<>();
        private final Map<String, Category> categoriesAsWritten = new HashMap<>();
        private final Map<String, String> newDonors = new LinkedHashMap<>();
        /** Whether the row read last named a donor for the first time. */
        private boolean lastRowNamedNewDonor;
        private final String defaultCurrency;
        private final boolean hasTestRecords;

        RowReader(ImportFile input) {
            this.input = input;
            List<Category> all = new CategoryRepository(workspace.database()).findAll();
            all.forEach(c -> categories.put(key(c.name()), c));
            suggestions = new NameSuggestions(all.stream().map(Category::name).toList());
            for (Donor donor : new DonorRepository(workspace.database()).findAll()) {
                donors.putIfAbsent(key(donor.name()), donor.id());
            }
            defaultCurrency = new SettingsRepository(workspace.database()).organisation().defaultCurrency();
            hasTestRecords = TEST_RECORD.stream().anyMatch(input::has);
        }

        DonatedItem read(CsvTable.Row row) {
            lastRowNamedNewDonor = false;
            if (!input.checkShape(row)) {
                return null;
            }
            long problemsBefore = input.problemCount();
            String donorName = input.required(row, "donor");
            LocalDate receivedOn = input.date(row, "received_on");
            if (receivedOn == null && input.optional(row, "received_on") == null) {
                input.problem(row, "received_on", Message.of("imports.item.dateRequired"));
            }
            String categoryName = input.required(row, "category");
            Category category = categoryName == null ? null : category(categoryName);
            if (categoryName != null && category == null) {
                input.problem(row, "category", suggestionCache.computeIfAbsent(key(categoryName),
                        k -> unknownCategory(categoryName, suggestions)));
            }
            String description = input.required(row, "description");
            BigDecimal quantity = input.number(row, "quantity", NumberRange.QUANTITY);
            if (quantity == null && input.optional(row, "quantity") == null) {
                input.problem(row, "quantity", Message.of("imports.item.quantityRequired"));
            }
            Condition condition = input.code(row, "condition", Condition.class);
            if (condition == null && input.optional(row, "condition") == null) {
                input.problem(row, "condition", Message.of("imports.item.conditionRequired",
                        CodedEnum.codes(Condition.class)));
            }
            BigDecimal unitValue = input.number(row, "unit_value", NumberRange.MONEY);
            BigDecimal unitKg = input.number(row, "unit_kg", NumberRange.KILOGRAMS);
            String currency = currency(row);
            TestRecord test = hasTestRecords ? testRecord(row) : null;
            if (input.problemCount() > problemsBefore) {
                return null;
            }
            Long donorId = donor(row, donorName);
            if (donorId == null) {
                return null;
            }
            String unit = Optional.ofNullable(input.optional(row, "unit")).orElse(category.defaultUnit());
            return new DonatedItem(0, donorId, category.id(), description, quantity, unit, condition,
                    unitValue == null ? BigDecimal.ZERO : unitValue, currency,
                    unitKg == null ? category.defaultUnitKg() : unitKg, receivedOn, input.optional(row, "location"),
                    ItemStatus.IN_STOCK, test);
        }

        /** The category of that name (ignoring case), or null. */
        private Category category(String name) {
            Category found = categoriesAsWritten.get(name);
            if (found == null) {
                found = categories.get(key(name));
                if (found != null && categoriesAsWritten.size() < AS_WRITTEN_KEPT) {
                    categoriesAsWritten.put(name, found);
                }
            }
            return found;
        }

        /** The donor's id; a negative number for a new donor (see the class); null (and a problem) past the limit. */
        private Long donor(CsvTable.Row row, String name) {
            Long asWritten = donorsAsWritten.get(name);
            if (asWritten != null) {
                return asWritten;
            }
            Long id = donorByKey(row, name);
            if (id != null && donorsAsWritten.size() < AS_WRITTEN_KEPT) {
                donorsAsWritten.put(name, id);
            }
            return id;
        }

        private Long donorByKey(CsvTable.Row row, String name) {
            String key = key(name);
            Long id = donors.get(key);
            if (id != null) {
                return id;
            }
            if (newDonors.size() >= LARGEST_NEW_DONORS) {
                input.problem(row, "donor", Message.of("imports.tooManyNewDonors", LARGEST_NEW_DONORS));
                return null;
            }
            newDonors.put(key, name);
            long number = -newDonors.size();
            donors.put(key, number);
            lastRowNamedNewDonor = true;
            return number;
        }

        /** True when the row just read named a donor for the first time (its item is that donor's first). */
        boolean lastRowNamedNewDonor() {
            return lastRowNamedNewDonor;
        }

        /** The position, in the order they were first named, of the new donor an item's negative donor id stands for. */
        static int newDonorIndex(long donorId) {
            return (int) (-donorId - 1);
        }

        /** A test record when any of its columns is filled; all three are needed then. */
        private TestRecord testRecord(CsvTable.Row row) {
            LocalDate testedOn = input.date(row, "tested_on");
            String testedBy = input.optional(row, "tested_by");
            TestResult result = input.code(row, "test_result", TestResult.class);
            boolean anyGiven = TEST_RECORD.stream().anyMatch(column -> input.optional(row, column) != null);
            if (!anyGiven) {
                return null;
            }
            for (String column : TEST_RECORD) {
                if (input.optional(row, column) == null) {
                    input.problem(row, column, Message.of("imports.testRecordIncomplete"));
                }
            }
            if (testedOn == null || testedBy == null || result == null) {
                return null;
            }
            return new TestRecord(testedOn, testedBy, result, input.optional(row, "test_notes"));
        }

        private String currency(CsvTable.Row row) {
            String currency = input.optional(row, "currency");
            if (currency == null) {
                return defaultCurrency;
            }
            String code = currency.toUpperCase(Locale.ROOT);
            if (!isCurrencyCode(code)) {
                input.problem(row, "currency", Message.of("imports.item.badCurrency", currency));
            }
            return code;
        }

        /** Three letters A-Z (checked without a regular expression: it ran on every row). */
        private static boolean isCurrencyCode(String code) {
            if (code.length() != 3) {
                return false;
            }
            for (int i = 0; i < 3; i++) {
                char c = code.charAt(i);
                if (c < 'A' || c > 'Z') {
                    return false;
                }
            }
            return true;
        }

        List<Message> newDonorNotes() {
            return newDonors.values().stream().map(name -> Message.of("imports.item.newDonor", name)).toList();
        }
    }

    private static Message unknownCategory(String typed, NameSuggestions suggestions) {
        List<String> closest = suggestions.closestTo(typed, 3);
        if (closest.isEmpty()) {
            return Message.of("imports.item.unknownCategory", typed);
        }
        Message names = Message.of("imports.quoted", closest.get(0));
        for (String name : closest.subList(1, closest.size())) {
            names = Message.of("imports.or", names, Message.of("imports.quoted", name));
        }
        return Message.of("imports.item.unknownCategoryLike", typed, names);
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
