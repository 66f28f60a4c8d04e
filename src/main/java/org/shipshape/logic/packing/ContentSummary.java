package org.shipshape.logic.packing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shipshape.model.common.Language;
import org.shipshape.model.categories.Category;
import org.shipshape.model.packing.ContentLine;

/** Contents of a package as category lines with counts: "Books 40 pcs". */
public final class ContentSummary {
    private ContentSummary() {
    }

    /** One line per category and unit, in the order the categories first appear, in the given language. */
    public static List<String> lines(List<ContentLine> lines, Map<Long, Category> categories, Language language) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (ContentLine line : lines) {
            Category category = categories.get(line.categoryId());
            String key = line.categoryId() + "|" + line.unit();
            names.putIfAbsent(key, category == null ? line.description() : category.nameIn(language));
            units.putIfAbsent(key, line.unit());
            totals.merge(key, line.quantity(), BigDecimal::add);
        }
        List<String> result = new ArrayList<>(totals.size());
        totals.forEach((key, total) -> result.add(names.get(key) + " " + total.stripTrailingZeros().toPlainString()
                + " " + units.get(key)));
        return result;
    }

    /** A one-line summary from the line descriptions, for the packing list. */
    public static String english(List<ContentLine> lines) {
        return String.join("; ", lines(lines, Map.of(), Language.EN));
    }
}
