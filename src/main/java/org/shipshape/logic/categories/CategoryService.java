package org.shipshape.logic.categories;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.logic.task.EditConflictException;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.RecordVersion;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.categories.Category;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.categories.CategoryRepository;

/** Categories of goods: their defaults (HS code, unit, unit weight), handling flags and translated names. */
public final class CategoryService {
    private final Workspace workspace;
    private final CategoryRepository categories;

    public CategoryService(Workspace workspace) {
        this.workspace = workspace;
        this.categories = new CategoryRepository(workspace.database());
    }

    /** Every category in use, by name. */
    public List<Category> all() {
        return categories.findAll();
    }

    /** Every category in use with the change of it that is stored, by name (for the categories screen). */
    public List<Versioned<Category>> entries() {
        return categories.versioned();
    }

    /** Stores a new category (id 0) or changes one over whatever is stored now (imports, the command line). */
    public Category save(Category category) {
        return workspace.database().inTransaction(() -> save(category, category.id() == 0 ? 0
                : categories.version(category.id()).map(RecordVersion::number).orElse(0L))).value();
    }

    /**
     * Stores a new category (id 0) or changes one while it is still at the version the screen showed; returns the
     * stored category with its version.
     *
     * @throws UserInputException naming each field to fix, or who changed the category since; nothing is saved then
     */
    public Versioned<Category> save(Category category, long seenVersion) {
        List<Message> problems = new ArrayList<>();
        if (category.name().isBlank()) {
            problems.add(Message.of("categories.problem.noName"));
        } else {
            categories.findByName(category.name()).filter(other -> other.id() != category.id()).ifPresent(other ->
                    problems.add(Message.of("categories.problem.nameUsed", other.name())));
        }
        if (category.defaultUnit().isBlank()) {
            problems.add(Message.of("categories.problem.noUnit"));
        }
        BigDecimal kg = category.defaultUnitKg();
        if (kg != null && kg.signum() <= 0) {
            problems.add(Message.of("categories.problem.unitKg"));
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return EditConflictException.unlessChanged("categories", category.name(), () ->
                workspace.database().inTransaction(() -> {
                    AuditRepository audit = new AuditRepository(workspace.database());
                    long id = category.id();
                    if (id == 0) {
                        id = categories.insert(category);
                        audit.append(workspace.user(), "create", "category", String.valueOf(id), category.name());
                    } else {
                        categories.update(category, seenVersion);
                        audit.append(workspace.user(), "update", "category", String.valueOf(id), category.name());
                    }
                    return new Versioned<>(categories.findById(id).orElseThrow(),
                            categories.version(id).orElseThrow());
                }));
    }
}
