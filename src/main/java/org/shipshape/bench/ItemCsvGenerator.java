package org.shipshape.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.shipshape.logic.io.AtomicFileWriter;

/**
 * Writes a realistic item import file of any size (for the benchmark of importing 100,000 rows and for tests):
 * seeded, so the same arguments always give the same file. Uses only categories every database has (V002 seeds).
 */
public final class ItemCsvGenerator {
    private static final List<String> CATEGORIES = List.of("Men's clothes", "Women's clothes", "Shoes", "Towels",
            "Books", "Toys, dolls and puzzles", "Kitchenware, stainless steel", "Bicycles", "Blankets, cotton",
            "School bags");
    private static final List<String> CONDITIONS = List.of("new", "used-good", "used-fair", "for-parts");

    private ItemCsvGenerator() {
    }

    /** @param donors how many different donor names the rows use (unknown ones are created by the import) */
    public static void write(Path target, int rows, int donors, long seed) throws IOException {
        Random random = new Random(seed);
        AtomicFileWriter.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write("donor,received_on,category,description,quantity,unit,condition,unit_value,currency,"
                    + "unit_kg,location\n");
            LocalDate start = LocalDate.of(2026, 1, 1);
            for (int i = 0; i < rows; i++) {
                String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
                writer.write("Donor " + random.nextInt(donors) + ',' + start.plusDays(random.nextInt(365)) + ",\""
                        + category + "\",\"" + category.toLowerCase(java.util.Locale.ROOT) + " lot " + i + "\","
                        + (1 + random.nextInt(40)) + ",," + CONDITIONS.get(random.nextInt(CONDITIONS.size())) + ','
                        + random.nextInt(5000) / 100.0 + ",EUR," + (1 + random.nextInt(3000)) / 1000.0 + ",Shelf "
                        + random.nextInt(50) + '\n');
            }
            writer.flush();
        });
    }
}
