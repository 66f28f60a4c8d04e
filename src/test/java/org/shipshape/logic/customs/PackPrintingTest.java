package org.shipshape.logic.customs;

import org.shipshape.model.common.Message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shipshape.logic.task.CancelledException;
import org.shipshape.logic.task.Progress;
import org.shipshape.model.customs.DocumentKind;

class PackPrintingTest {
    private record Job(String file, String name, int copies) {
    }

    private final List<Job> jobs = new ArrayList<>();
    private final PackPrinting.Printer recording = (pdf, name, copies) ->
            jobs.add(new Job(pdf.getFileName().toString(), name, copies));

    private static List<Path> pack(DocumentKind... kinds) {
        List<Path> files = new ArrayList<>();
        for (DocumentKind kind : kinds) {
            files.add(Path.of("out", kind.fileName()));
        }
        return files;
    }

    @Test
    void printsEachDocumentOfThePackInPackOrderWithItsCopies() throws IOException {
        Map<DocumentKind, Integer> copies = PackPrinting.oneOfEach();
        copies.put(DocumentKind.PACKING_LIST, 3);
        copies.put(DocumentKind.DOOR_SUMMARY, 2);

        List<PackPrinting.Printed> sent = PackPrinting.print("MLI-2026-01",
                pack(DocumentKind.DOOR_SUMMARY, DocumentKind.PACKING_LIST, DocumentKind.PROFORMA_INVOICE),
                copies, recording, Progress.NONE);

        assertThat(jobs).containsExactly(
                new Job("packing-list.pdf", "MLI-2026-01-PL", 3),
                new Job("proforma-invoice.pdf", "MLI-2026-01-PI", 1),
                new Job("door-summary.pdf", "MLI-2026-01-DS", 2));
        assertThat(sent).extracting(PackPrinting.Printed::kind).containsExactly(DocumentKind.PACKING_LIST,
                DocumentKind.PROFORMA_INVOICE, DocumentKind.DOOR_SUMMARY);
    }

    @Test
    void noCopiesLeavesADocumentOutAndFilesOutsideThePackAreNotPrinted() throws IOException {
        List<Path> files = new ArrayList<>(pack(DocumentKind.PACKING_LIST, DocumentKind.HS_SUMMARY));
        files.add(Path.of("out", "notes.pdf"));

        PackPrinting.print("MDA-2026-01", files, Map.of(DocumentKind.HS_SUMMARY, 0), recording, Progress.NONE);

        assertThat(jobs).containsExactly(new Job("packing-list.pdf", "MDA-2026-01-PL", 1));
    }

    @Test
    void refusesImpossibleCopiesBeforePrintingAnything() {
        assertThatThrownBy(() -> PackPrinting.print("MLI-2026-01", pack(DocumentKind.PACKING_LIST,
                DocumentKind.HS_SUMMARY), Map.of(DocumentKind.HS_SUMMARY, PackPrinting.MAX_COPIES + 1), recording,
                Progress.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(jobs).isEmpty();
    }

    @Test
    void cancellingStopsBeforeTheNextDocument() {
        Progress cancelAfterFirst = new Progress() {
            @Override
            public void report(long done, long total, Message step) {
            }

            @Override
            public boolean isCancelled() {
                return !jobs.isEmpty();
            }
        };

        assertThatThrownBy(() -> PackPrinting.print("MLI-2026-01", pack(DocumentKind.PACKING_LIST,
                DocumentKind.PROFORMA_INVOICE), PackPrinting.oneOfEach(), recording, cancelAfterFirst))
                .isInstanceOf(CancelledException.class);
        assertThat(jobs).hasSize(1);
    }
}
