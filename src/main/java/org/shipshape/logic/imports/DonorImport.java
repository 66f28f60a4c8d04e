package org.shipshape.logic.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.store.donors.DonorRepository;

/**
 * Imports donors from a spreadsheet saved as CSV: columns {@code name, kind, email, phone, address, notes}, matched
 * by name ignoring case; only {@code name} is required, {@code kind} defaults to individual. A donor whose name is
 * already known (or repeats an earlier row) is skipped with a note, so re-importing an updated list is safe.
 */
public final class DonorImport implements SpreadsheetImport<Donor> {
    public static final String KIND = "donors";
    private static final List<String> COLUMNS = List.of("name");
    private final Workspace workspace;

    public DonorImport(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public ImportPreview<Donor> preview(Path file, Progress progress) {
        return preview(ImportFile.open(file, COLUMNS), progress);
    }

    @Override
    public ImportResult run(ImportFileAhead file, boolean allowDuplicate, Progress progress) {
        return write(preview(ImportFile.open(file, COLUMNS), progress), allowDuplicate, progress);
    }

    private ImportPreview<Donor> preview(ImportFile input, Progress progress) {
        List<Donor> donors = new ArrayList<>();
        List<Message> notes = new ArrayList<>();
        long[] dataRows = {0};
        if (input.readable() && !input.hasProblems() && ImportBatches.fitsInMemory(input)) {
            Set<String> known = new HashSet<>();
            new DonorRepository(workspace.database()).findAll().forEach(d -> known.add(ItemImport.key(d.name())));
            Map<String, Long> firstRow = new HashMap<>();
            input.source.forEachRow(row -> {
                dataRows[0]++;
                progress.checkCancelled();
                if (!input.checkShape(row)) {
                    return;
                }
                long problemsBefore = input.problemCount();
                String name = input.required(row, "name");
                DonorKind kind = input.code(row, "kind", DonorKind.class);
                String email = input.optional(row, "email");
                if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
                    input.problem(row, "email", Message.of("imports.donor.badEmail", email));
                }
                if (input.problemCount() > problemsBefore) {
                    return;
                }
                String key = ItemImport.key(name);
                if (known.contains(key)) {
                    notes.add(ImportFile.problem(input.fileName, row.number(), "name", Message.of(
                            "imports.donor.known", name)));
                } else if (firstRow.containsKey(key)) {
                    notes.add(ImportFile.problem(input.fileName, row.number(), "name", Message.of(
                            "imports.donor.repeated", name, firstRow.get(key))));
                } else {
                    firstRow.put(key, row.number());
                    donors.add(new Donor(0, name, kind == null ? DonorKind.INDIVIDUAL : kind, email,
                            input.optional(row, "phone"), input.optional(row, "address"), input.optional(row, "notes")));
                }
            });
        }
        return ImportBatches.preview(workspace, KIND, input, dataRows[0], donors.size(), donors, notes);
    }

    @Override
    public ImportResult write(ImportPreview<Donor> preview, boolean allowDuplicate, Progress progress) {
        return ImportBatches.write(workspace, preview, allowDuplicate, batchId -> {
            DonorRepository donors = new DonorRepository(workspace.database());
            int written = 0;
            for (Donor donor : preview.rows()) {
                if (written % 500 == 0) {
                    progress.checkCancelled();
                    progress.report(written, preview.rows().size(), Message.of("imports.progress.donor", written + 1));
                }
                donors.insert(donor);
                written++;
            }
            return new ImportResult(preview.fileName(), written, written, (int) preview.dataRows() - written, batchId,
                    preview.notes());
        });
    }
}
