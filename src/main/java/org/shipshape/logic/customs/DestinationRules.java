package org.shipshape.logic.customs;

import java.util.ArrayList;
import java.util.List;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.model.shipments.Country;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.customs.DestinationRuleRepository;

/**
 * The destination rules as reference data: goods restricted for a country by category or HS code, with a severity
 * and the organisation's own explanation. Nothing refers to a rule, so any rule can be removed (and put back).
 */
public final class DestinationRules {
    private static final String ENTITY = "destination_rule";

    private final Workspace workspace;
    private final DestinationRuleRepository rules;

    public DestinationRules(Workspace workspace) {
        this.workspace = workspace;
        this.rules = new DestinationRuleRepository(workspace.database());
    }

    public List<DestinationRule> all() {
        return rules.all();
    }

    public List<DestinationRule> forCountry(String countryCode) {
        return rules.forCountry(Countries.code(countryCode));
    }

    /** The category with this name (case does not matter), for rules typed on the command line. */
    public long categoryId(String name) {
        return new CategoryRepository(workspace.database()).findByName(name == null ? "" : name).map(c -> c.id())
                .orElseThrow(() -> new UserInputException(Message.of("customs.rule.unknownCategoryName",
                        name == null ? "" : name.trim())));
    }

    /** What is wrong with the rule as typed; empty when it can be saved. */
    public List<Message> problems(DestinationRule rule) {
        List<Message> problems = new ArrayList<>();
        if (new Countries(workspace).all().stream().map(Country::code).noneMatch(rule.countryCode()::equals)) {
            problems.add(Message.of("customs.rule.unknownCountry", rule.countryCode()));
        }
        if (rule.categoryId() != null
                && new CategoryRepository(workspace.database()).findById(rule.categoryId()).isEmpty()) {
            problems.add(Message.of("customs.rule.unknownCategory"));
        }
        if (rule.hsCode() != null && !rule.hsCode().matches("\\d{4}(\\.\\d{2})?")) {
            problems.add(Message.of("customs.rule.invalidHsCode", rule.hsCode()));
        }
        if (rule.message().isBlank()) {
            problems.add(Message.of("customs.rule.explanationMissing"));
        }
        return problems;
    }

    /**
     * Adds a rule (id 0) or changes one; returns it as stored.
     *
     * @throws UserInputException naming each field to fix; nothing is saved then
     */
    public DestinationRule save(DestinationRule edited) {
        DestinationRule rule = new DestinationRule(edited.id(), Countries.code(edited.countryCode()),
                edited.categoryId(), edited.hsCode(), edited.usedOnly(), edited.severity(), edited.message().trim(),
                edited.confirmed());
        List<Message> problems = problems(rule);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return workspace.database().inTransaction(() -> {
            long id = rule.id();
            if (id == 0) {
                id = rules.insert(rule);
            } else {
                rules.update(rule);
            }
            DestinationRule stored = rules.find(id).orElseThrow();
            audit(rule.id() == 0 ? "create" : "update", stored);
            return stored;
        });
    }

    /** Removes a rule; returns it so the removal can be undone. */
    public DestinationRule delete(long id) {
        DestinationRule rule = rules.find(id).orElseThrow(() -> new UserInputException(Message.of(
                "customs.rule.unknown", id)));
        return workspace.database().inTransaction(() -> {
            rules.delete(id);
            audit("delete", rule);
            return rule;
        });
    }

    /** Puts a removed rule back (with a new id). */
    public DestinationRule restore(DestinationRule deleted) {
        return save(new DestinationRule(0, deleted.countryCode(), deleted.categoryId(), deleted.hsCode(),
                deleted.usedOnly(), deleted.severity(), deleted.message(), deleted.confirmed()));
    }

    private void audit(String action, DestinationRule rule) {
        new AuditRepository(workspace.database()).append(workspace.user(), action, ENTITY, String.valueOf(rule.id()),
                rule.countryCode() + " " + rule.severity().code() + ": " + rule.message());
    }
}
