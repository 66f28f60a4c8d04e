package org.shipshape.logic.categories;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
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

    /**
     * Stores a new category (id 0) or changes an existing one; returns the stored category.
     *
     * @throws UserInputException naming each field to fix; nothing is saved then
     */
    public Category save(Category category) {
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
        return workspace.database().inTransaction(() -> {
            AuditRepository audit = new AuditRepository(workspace.database());
            if (category.id() == 0) {
                long id = categories.insert(category);
                audit.append(workspace.user(), "create", "category", String.valueOf(id), category.name());
                return categories.findById(id).orElseThrow();
            }
            categories.update(category);
            audit.append(workspace.user(), "update", "category", String.valueOf(category.id()), category.name());
            return categories.findById(category.id()).orElseThrow();
        });
    }
}
