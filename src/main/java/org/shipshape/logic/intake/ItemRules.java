package org.shipshape.logic.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.intake.HandlingFlag;

/**
 * The rules every donated item obeys, wherever it is entered (intake form, inventory edit): quantity above zero,
 * value zero or more, unit weight above zero when given and required for heavy goods (container loading needs
 * it), a description, and a complete test record once one is started.
 */
public final class ItemRules {
    private ItemRules() {
    }

    /** One sentence per broken rule, each starting with the field's name; empty when the item is fine. */
    public static List<String> problems(DonatedItem item, Category category) {
        List<String> problems = new ArrayList<>();
        if (item.description().isBlank()) {
            problems.add("Description: say what the goods are, such as \"men's cotton shirts\".");
        }
        if (item.quantity().signum() <= 0) {
            problems.add("Quantity: must be greater than 0.");
        }
        if (item.unit().isBlank()) {
            problems.add("Unit: give the unit, such as pcs, pairs or kg.");
        }
        if (item.unitValue().signum() < 0) {
            problems.add("Unit value: cannot be negative; write 0 or more.");
        }
        if (!item.currency().matches("[A-Z]{3}")) {
            problems.add("Currency: write three capital letters, such as EUR.");
        }
        BigDecimal kg = item.unitKg();
        if (kg != null && kg.signum() <= 0) {
            problems.add("Unit weight: must be greater than 0 kg.");
        } else if (kg == null && weightRequired(category)) {
            problems.add("Unit weight: heavy goods need their weight for loading the container; weigh one unit.");
        }
        if (item.testRecord() != null && item.testRecord().testedBy().isBlank()) {
            problems.add("Tested by: give the name of who tested the item.");
        }
        return problems;
    }

    public static boolean weightRequired(Category category) {
        return category != null && category.has(HandlingFlag.HEAVY);
    }

    /** Electrical goods that must carry a functionality test record before they are shipped. */
    public static boolean needsTestRecord(Category category) {
        return category != null && (category.has(HandlingFlag.NEEDS_TEST) || category.has(HandlingFlag.ELECTRICAL));
    }
}
