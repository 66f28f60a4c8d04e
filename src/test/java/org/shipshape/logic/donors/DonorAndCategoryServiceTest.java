package org.shipshape.logic.donors;

import org.shipshape.logic.text.Texts;
import org.shipshape.logic.categories.CategoryService;
import org.shipshape.logic.intake.NameSuggestions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.audit.AuditEntry;
import org.shipshape.model.common.Language;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.HandlingFlag;
import org.shipshape.model.categories.HsCode;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.inventory.InventoryFixture;

class DonorAndCategoryServiceTest {
    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("t.db"), false, "Tester");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void mergeMovesItemsKeepsTheDuplicateAsHistoryAndIsLogged() {
        InventoryFixture fixture = new InventoryFixture(workspace.database());
        DonorService donors = new DonorService(workspace);
        assertThat(donors.merge(fixture.church, fixture.anna)).isEqualTo(1);
        assertThat(donors.itemCount(fixture.anna)).isEqualTo(3);
        assertThat(donors.search("")).extracting(d -> d.name()).containsExactly("Anna Smith");
        AuditEntry entry = new AuditRepository(workspace.database()).recent(1).get(0);
        assertThat(entry.action()).isEqualTo("merge");
        assertThat(entry.user()).isEqualTo("Tester");
        assertThat(entry.details()).contains("St Mary's Church").contains("1 items moved");
        assertThatThrownBy(() -> donors.merge(fixture.church, fixture.anna)).isInstanceOf(UserInputException.class);
        assertThat(donors.gifts(fixture.anna)).hasSize(3);
    }

    @Test
    void categoryIsSavedWithTranslationsAndCheckedForDuplicateNames() {
        CategoryService categories = new CategoryService(workspace);
        Category saved = categories.save(new Category(0, "Sewing thread", new HsCode("5401.10"), "pcs",
                new BigDecimal("0.05"), Set.of(HandlingFlag.FRAGILE), Map.of(Language.FR, "Fil à coudre",
                Language.HY, "Կարի թել")));
        assertThat(saved.id()).isPositive();
        assertThat(saved.nameIn(Language.HY)).isEqualTo("Կարի թել");
        assertThat(categories.all()).contains(saved);
        assertThatThrownBy(() -> categories.save(new Category(0, "sewing THREAD", null, "", new BigDecimal("-1"),
                Set.of(), Map.of()))).isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(Texts.english((UserInputException) e)).hasSize(3));
    }

    @Test
    void closestCategoryNamesAreSuggested() {
        NameSuggestions names = new NameSuggestions(new CategoryService(workspace).all().stream()
                .map(Category::name).toList());
        assertThat(names.closestTo("Kichenware", 1)).containsExactly("Kitchenware, stainless steel");
        assertThat(names.closestTo("bicylces", 1)).containsExactly("Bicycles");
        assertThat(NameSuggestions.distance("ab", "ba")).isEqualTo(1);
    }
}
