package org.shipshape.logic.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.model.categories.Category;
import org.shipshape.model.common.Message;
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

    /** One message per broken rule ({@code intake.rule.*}), each naming its field; empty when the item is fine. */
    public static List<Message> problems(DonatedItem item, Category category) {
        List<Message> problems = new ArrayList<>();
        if (item.description().isBlank()) {
            problems.add(Message.of("intake.rule.description"));
        }
        if (item.quantity().signum() <= 0) {
            problems.add(Message.of("intake.rule.quantity"));
        }
        if (item.unit().isBlank()) {
            problems.add(Message.of("intake.rule.unit"));
        }
        if (item.unitValue().signum() < 0) {
            problems.add(Message.of("intake.rule.unitValue"));
        }
        if (!item.currency().matches("[A-Z]{3}")) {
            problems.add(Message.of("intake.rule.currency"));
        }
        BigDecimal kg = item.unitKg();
        if (kg != null && kg.signum() <= 0) {
            problems.add(Message.of("intake.rule.unitKg"));
        } else if (kg == null && weightRequired(category)) {
            problems.add(Message.of("intake.rule.unitKgRequired"));
        }
        if (item.testRecord() != null && item.testRecord().testedBy().isBlank()) {
            problems.add(Message.of("intake.rule.testedBy"));
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
