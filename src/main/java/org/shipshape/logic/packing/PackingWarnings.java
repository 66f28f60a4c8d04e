package org.shipshape.logic.packing;

import org.shipshape.model.common.Message;
import org.shipshape.model.common.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shipshape.model.categories.Category;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.model.packing.PackageKind;

/**
 * The warnings shown while a package is packed: over the weight limit, missing weight or value, and
 * categories restricted for the shipment's destination. A pure function, so the form can call it on every key.
 */
public final class PackingWarnings {
    private PackingWarnings() {
    }

    /**
     * @param grossKg the weight as currently typed (may differ from the stored one), or null
     * @param rules   the destination's rules, empty for warehouse stock
     */
    public static List<PackingWarning> check(PackageKind kind, BigDecimal grossKg, List<ContentLine> lines,
                                             List<DestinationRule> rules, Map<Long, Category> categories,
                                             BigDecimal maxPackageKg) {
        List<PackingWarning> warnings = new ArrayList<>();
        if (grossKg == null) {
            warnings.add(new PackingWarning(Severity.WARN, Message.of("packing.warning.noWeight")));
        } else if (kind != PackageKind.PALLET && kind != PackageKind.PIECE && maxPackageKg != null
                && grossKg.compareTo(maxPackageKg) > 0) {
            warnings.add(new PackingWarning(Severity.WARN, Message.of("packing.warning.overLimit", grossKg,
                    maxPackageKg)));
        }
        for (ContentLine line : lines) {
            if (line.value() == null || line.value().signum() == 0) {
                warnings.add(new PackingWarning(Severity.WARN, Message.of("packing.warning.noValue", line.lineNo(),
                        line.description())));
            }
        }
        Set<Message> seen = new LinkedHashSet<>();
        for (ContentLine line : lines) {
            for (DestinationRule rule : rules) {
                boolean categoryMatches = rule.categoryId() == null || rule.categoryId() == line.categoryId();
                boolean conditionMatches = !rule.usedOnly() || line.condition().isUsed();
                if (categoryMatches && conditionMatches) {
                    Category category = categories.get(line.categoryId());
                    String what = category == null ? line.description() : category.name();
                    // the rule's text is the organisation's own, shown as written
                    Message text = Message.of("packing.warning.rule", what, rule.message());
                    if (seen.add(text)) {
                        warnings.add(new PackingWarning(rule.severity(), text));
                    }
                }
            }
        }
        return warnings;
    }
}
