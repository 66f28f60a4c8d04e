package org.shipshape.bench;

import org.shipshape.logic.labels.LabelData;
import org.shipshape.logic.labels.LabelReport;
import org.shipshape.logic.labels.LabelService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shipshape.logic.task.Progress;
import org.shipshape.model.packing.HandlingMark;

/**
 * The benchmark for box labels: a full 40 ft container (1,500 labels) of mixed boxes with Romanian contents,
 * rendered to one PDF on a stock from the database. Returns what was written; the caller times it.
 */
public final class LabelBenchmark {
    public static final int FULL_CONTAINER = 1500;

    private LabelBenchmark() {
    }

    public static LabelReport renderFullContainer(LabelService labels, String stockCode, Path file) {
        return labels.writePdf(sampleLabels(FULL_CONTAINER), stockCode, 1, file, Progress.NONE);
    }

    /** Labels like those of a real shipment to Moldova, numbered MLD-0001 onwards. */
    public static List<LabelData> sampleLabels(int count) {
        List<LabelData> result = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            result.add(new LabelData(String.format("MLD-%04d", i), i, count, "Moldova",
                    "Asociația Speranța, Chișinău", "MLD-2026-01",
                    List.of("Used clothing (bales) " + (10 + i % 30) + " kg", "Shoes " + (i % 12 + 1) + " pairs",
                            "Children's picture books " + (i % 40 + 5) + " pcs"),
                    List.of("Îmbrăcăminte uzată (baloți) " + (10 + i % 30) + " kg", "Încălțăminte " + (i % 12 + 1)
                            + " pairs", "Cărți ilustrate pentru copii " + (i % 40 + 5) + " pcs"),
                    BigDecimal.valueOf(8000 + i % 17000, 3),
                    i % 3 == 0 ? Set.of(HandlingMark.FRAGILE, HandlingMark.THIS_SIDE_UP) : Set.of(HandlingMark.HEAVY)));
        }
        return result;
    }
}
