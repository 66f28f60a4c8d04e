package org.shipshape.logic.intake;

import java.util.List;
import java.util.Optional;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import org.shipshape.model.common.Message;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.store.settings.SettingsRepository;

/** Recording goods as they come through the door: one item per save, with undo of the last save. */
public final class IntakeService {
    private static final int SUGGESTIONS = 200;
    private final CategoryRepository categories;
    private final DonorRepository donors;
    private final ItemRepository items;
    private final SettingsRepository settings;

    public IntakeService(Workspace workspace) {
        this.categories = new CategoryRepository(workspace.database());
        this.donors = new DonorRepository(workspace.database());
        this.items = new ItemRepository(workspace.database());
        this.settings = new SettingsRepository(workspace.database());
    }

    public List<Category> categories() {
        return categories.findAll();
    }

    public List<Donor> donors() {
        return donors.findAll();
    }

    public String defaultCurrency() {
        return settings.organisation().defaultCurrency();
    }

    /** Descriptions typed before for this category (all categories when null), most used first. */
    public List<String> descriptionSuggestions(Long categoryId) {
        return items.frequentDescriptions(categoryId, SUGGESTIONS);
    }

    /** The donor with this name, created (as the given kind) when there is none yet. */
    public Donor donorNamed(String name, DonorKind kind) {
        if (name == null || name.isBlank()) {
            throw new UserInputException(Message.of("intake.refused.noDonor"));
        }
        Optional<Donor> existing = donors.findByName(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        Donor donor = Donor.named(name.trim(), kind);
        return donor.withId(donors.insert(donor));
    }

    /**
     * Stores one received item; returns its id.
     *
     * @throws UserInputException naming each field to fix; nothing is saved then
     */
    public long save(DonatedItem item) {
        Category category = categories.findById(item.categoryId()).orElseThrow(
                () -> new UserInputException(Message.of("intake.refused.noCategory")));
        List<Message> problems = ItemRules.problems(item, category);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return items.insert(item);
    }

    /**
     * Takes back a save (the item is deleted) as long as the item has not been packed.
     *
     * @throws UserInputException when it has been packed meanwhile; it then stays
     */
    public void undoSave(long itemId) {
        if (!items.packedAmong(List.of(itemId)).isEmpty()) {
            throw new UserInputException(Message.of("intake.refused.undoPacked"));
        }
        items.deleteAll(List.of(itemId));
    }
}
