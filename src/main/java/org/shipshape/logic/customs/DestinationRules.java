package org.shipshape.logic.customs;

import java.util.ArrayList;
import java.util.List;
import org.shipshape.logic.common.ReferenceData;
import org.shipshape.logic.task.EditConflictException;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.model.shipments.Country;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.customs.DestinationRuleRepository;

/**
 * The destination rules as reference data: goods restricted for a country by category or HS code, with a severity
 * and the organisation's own explanation. Nothing refers to a rule, so any rule can be removed (and put back).
 */
public final class DestinationRules implements ReferenceData<DestinationRule> {
    private static final String CONFLICT = "customs.rule";
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
     * Adds a rule (id 0) or changes one over whatever is stored now (the command line); returns it as stored.
     *
     * @throws UserInputException naming each field to fix; nothing is saved then
     */
    public DestinationRule save(DestinationRule edited) {
        return workspace.database().inTransaction(() -> save(edited, edited.id() == 0, edited.id() == 0 ? 0
                : rules.version(edited.id()).map(RecordVersion::number).orElse(0L))).value();
    }

    /**
     * Adds a rule (id 0) or changes one while it is still at the version the editor showed; returns it as stored.
     *
     * @throws UserInputException naming each field to fix, or who changed the rule since; nothing is saved then
     */
    @Override
    public Versioned<DestinationRule> save(DestinationRule edited, boolean isNew, long seenVersion) {
        DestinationRule rule = new DestinationRule(isNew ? 0 : edited.id(), Countries.code(edited.countryCode()),
                edited.categoryId(), edited.hsCode(), edited.usedOnly(), edited.severity(), edited.message().trim(),
                edited.confirmed());
        List<Message> problems = problems(rule);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return EditConflictException.unlessChanged(CONFLICT, rule.countryCode(), () ->
                workspace.database().inTransaction(() -> {
                    long id = rule.id();
                    if (id == 0) {
                        id = rules.insert(rule);
                    } else {
                        rules.update(rule, seenVersion);
                    }
                    DestinationRule stored = rules.find(id).orElseThrow();
                    audit(rule.id() == 0 ? "create" : "update", stored);
                    return new Versioned<>(stored, rules.version(id).orElseThrow());
                }));
    }

    /** Removes a rule whatever its version (the command line); returns it so the removal can be undone. */
    public DestinationRule delete(long id) {
        return workspace.database().inTransaction(() -> {
            DestinationRule rule = rules.find(id).orElseThrow(() -> new UserInputException(Message.of(
                    "customs.rule.unknown", id)));
            return delete(rule, rules.version(id).orElseThrow().number());
        });
    }

    /** Removes a rule while it is still as the editor showed it; returns it so the removal can be undone. */
    @Override
    public DestinationRule delete(DestinationRule rule, long seenVersion) {
        return EditConflictException.unlessChanged(CONFLICT, rule.countryCode(), () ->
                workspace.database().inTransaction(() -> {
                    rules.delete(rule.id(), seenVersion);
                    audit("delete", rule);
                    return rule;
                }));
    }

    /** Puts a removed rule back (with a new id). */
    @Override
    public Versioned<DestinationRule> restore(DestinationRule deleted) {
        return save(deleted, true, 0);
    }

    /** The rules of the country the editor shows, with their versions. */
    public List<Versioned<DestinationRule>> entriesOf(String countryCode) {
        return rules.versionedForCountry(Countries.code(countryCode));
    }

    /** Every rule of every country, with its version. */
    @Override
    public List<Versioned<DestinationRule>> entries() {
        return all().stream().map(rule -> new Versioned<>(rule, rules.version(rule.id()).orElseThrow())).toList();
    }

    @Override
    public String keyOf(DestinationRule rule) {
        return String.valueOf(rule.id());
    }

    @Override
    public List<Message> problems(DestinationRule rule, boolean isNew) {
        return problems(rule);
    }

    private void audit(String action, DestinationRule rule) {
        new AuditRepository(workspace.database()).append(workspace.user(), action, ENTITY, String.valueOf(rule.id()),
                rule.countryCode() + " " + rule.severity().code() + ": " + rule.message());
    }
}
