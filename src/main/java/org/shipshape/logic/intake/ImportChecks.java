package org.shipshape.logic.intake;

import java.util.ArrayList;
import java.util.List;
import org.shipshape.logic.task.UserInputException;

/** The two reasons an import preview may not be written: problems, or a file imported before. */
final class ImportChecks {
    private ImportChecks() {
    }

    static void requireWritable(ImportPreview<?> preview, boolean allowDuplicate) {
        if (!preview.isValid()) {
            List<String> problems = new ArrayList<>(preview.problems());
            problems.add(preview.fileName() + ": nothing was imported; fix the " + preview.problems().size()
                    + (preview.problems().size() == 1 ? " problem" : " problems") + " above and import the file again.");
            throw new UserInputException(problems);
        }
        if (preview.isDuplicate() && !allowDuplicate) {
            throw new UserInputException(preview.earlierImport() + "; nothing was imported."
                    + " Confirm to import it a second time.");
        }
    }
}
