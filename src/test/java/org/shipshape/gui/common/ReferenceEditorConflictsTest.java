package org.shipshape.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shipshape.gui.categories.CategoriesViewModel;
import org.shipshape.gui.customs.CountriesViewModel;
import org.shipshape.gui.customs.PhrasesViewModel;
import org.shipshape.gui.packing.BoxSizesViewModel;
import org.shipshape.logic.categories.CategoryService;
import org.shipshape.logic.customs.Countries;
import org.shipshape.logic.customs.Phrases;
import org.shipshape.logic.packing.BoxSizes;
import org.shipshape.model.categories.Category;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.customs.Phrase;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.shipments.Country;

/**
 * The reference data editors when another station changed the entry on screen (docs/decisions/0015): Anna's save,
 * delete or retire is refused with who and when and the offer to reload, nothing of Bea's is overwritten, Reload
 * shows Bea's values and Anna's next save goes through. On SQLite Bea is the next volunteer at the same station; the
 * PostgreSQL variant puts her at a second station.
 */
class ReferenceEditorConflictsTest extends TwoStationScreens {
    @Test
    void aBoxSizeSavedAfterAnotherStationChangedItSaysWhoOffersReloadAndKeepsTheirChange() {
        BoxSizesViewModel editor = new BoxSizesViewModel(annasScreen);
        editor.load();
        editor.selectedProperty().set(size(editor, "M"));
        asBea(bea -> {
            BoxSizes sizes = new BoxSizes(bea);
            BoxSize m = sizes.all().stream().filter(s -> s.code().equals("M")).findFirst().orElseThrow();
            sizes.save(new BoxSize("M", "Medium box, Bea's", m.dimensions(), false), false);
        });
        dialogs.answerConfirm(true);

        editor.nameProperty().set("Medium box, Anna's");
        editor.save();

        assertToldAboutBea("Box size M");
        assertThat(editor.statusProperty().get()).startsWith("Box size M was changed on another station by Bea (");
        assertThat(stored(new BoxSizes(anna).all(), "M").name()).isEqualTo("Medium box, Bea's");
        assertThat(editor.nameProperty().get()).isEqualTo("Medium box, Bea's");
        assertThat(editor.undoLabelProperty().get()).isEmpty();

        editor.nameProperty().set("Medium box, Anna's");
        editor.save();

        assertThat(stored(new BoxSizes(anna).all(), "M").name()).isEqualTo("Medium box, Anna's");
        assertThat(dialogs.shown("confirm")).hasSize(1);
    }

    @Test
    void aBoxSizeDeletedOrRetiredAfterAnotherStationChangedItStaysAndNotNowKeepsTheForm() {
        new BoxSizes(anna).save(new BoxSize("XL", "Extra large box",
                new org.shipshape.model.packing.Dimensions(100, 60, 60)), true);
        BoxSizesViewModel editor = new BoxSizesViewModel(annasScreen);
        editor.load();
        editor.selectedProperty().set(size(editor, "XL"));
        asBea(bea -> new BoxSizes(bea).save(new BoxSize("XL", "Extra large, Bea's",
                new org.shipshape.model.packing.Dimensions(100, 60, 70)), false));
        dialogs.answerConfirm(false, false);

        editor.delete();
        editor.toggleRetired();

        assertThat(dialogs.shown("confirm")).hasSize(2);
        assertThat(dialogs.shown("confirm")).allSatisfy(told -> assertThat(told.text())
                .startsWith("Box size XL was changed on another station by Bea ("));
        BoxSize stored = stored(new BoxSizes(anna).all(), "XL");
        assertThat(stored.name()).isEqualTo("Extra large, Bea's");
        assertThat(stored.retired()).isFalse();
        assertThat(editor.nameProperty().get()).as("Not now leaves the form as it was").isEqualTo("Extra large box");
    }

    @Test
    void anUndoOverAnotherStationsChangeIsRefusedAndDropped() {
        BoxSizesViewModel editor = new BoxSizesViewModel(annasScreen);
        editor.load();
        editor.selectedProperty().set(size(editor, "L"));
        editor.nameProperty().set("Large box, Anna's");
        editor.save();
        asBea(bea -> new BoxSizes(bea).save(new BoxSize("L", "Large box, Bea's",
                new org.shipshape.model.packing.Dimensions(80, 60, 50)), false));
        dialogs.answerConfirm(false);

        editor.undo();

        assertThat(dialogs.shown("confirm")).singleElement().satisfies(told -> assertThat(told.text())
                .startsWith("Box size L was changed on another station by Bea ("));
        assertThat(stored(new BoxSizes(anna).all(), "L").name()).isEqualTo("Large box, Bea's");
        assertThat(editor.undoLabelProperty().get()).isEmpty();
    }

    @Test
    void aCountrySavedAfterAnotherStationChangedItSaysWhoAndReloadShowsTheirLanguages() {
        CountriesViewModel editor = new CountriesViewModel(annasScreen);
        editor.load();
        editor.selectedProperty().set(editor.entries().stream().filter(c -> c.code().equals("MD")).findFirst()
                .orElseThrow());
        asBea(bea -> new Countries(bea).save(new Country("MD", "Moldova", List.of(Language.RO, Language.RU), false),
                false));
        dialogs.answerConfirm(true);

        editor.nameProperty().set("Republic of Moldova");
        editor.save();

        assertToldAboutBea("Country MD");
        assertThat(editor.languagesProperty().get()).isEqualTo("ro, ru");
        assertThat(editor.nameProperty().get()).isEqualTo("Moldova");
        editor.nameProperty().set("Republic of Moldova");
        editor.save();
        Country stored = new Countries(anna).all().stream().filter(c -> c.code().equals("MD")).findFirst()
                .orElseThrow();
        assertThat(stored.name()).isEqualTo("Republic of Moldova");
        assertThat(stored.documentLanguages()).containsExactly(Language.RO, Language.RU);
    }

    @Test
    void aPhraseSavedAfterAnotherStationChangedItSaysWhoAndKeepsTheirText() {
        PhrasesViewModel editor = new PhrasesViewModel(annasScreen);
        editor.load();
        editor.selectedProperty().set(editor.entries().stream().filter(p -> p.key().equals("aid")
                && p.language() == Language.FR).findFirst().orElseThrow());
        asBea(bea -> new Phrases(bea).save(new Phrase("aid", Language.FR, "Aide humanitaire (Bea)", true)));
        dialogs.answerConfirm(true);

        editor.textProperty().set("Aide humanitaire (Anna)");
        editor.save();

        assertToldAboutBea("Phrase aid/fr");
        assertThat(new Phrases(anna).all()).contains(new Phrase("aid", Language.FR, "Aide humanitaire (Bea)", true));
        assertThat(editor.textProperty().get()).isEqualTo("Aide humanitaire (Bea)");
    }

    @Test
    void aCategorySavedAfterAnotherStationChangedItSaysWhoAndReloadShowsTheirUnit() {
        CategoriesViewModel editor = new CategoriesViewModel(annasScreen);
        editor.load();
        Category fridges = editor.categories().stream().filter(c -> c.name().equals("Fridges")).findFirst()
                .orElseThrow();
        editor.selectedProperty().set(fridges);
        asBea(bea -> {
            CategoryService service = new CategoryService(bea);
            Versioned<Category> read = service.entries().stream().filter(c -> c.value().id() == fridges.id())
                    .findFirst().orElseThrow();
            service.save(withUnit(read.value(), "units"), read.number());
        });
        dialogs.answerConfirm(true);

        editor.unitProperty().set("boxes");
        editor.save();

        assertToldAboutBea("Category Fridges");
        assertThat(editor.unitProperty().get()).isEqualTo("units");
        editor.unitProperty().set("boxes");
        editor.save();
        assertThat(new CategoryService(anna).all().stream().filter(c -> c.id() == fridges.id()).findFirst()
                .orElseThrow().defaultUnit()).isEqualTo("boxes");
        assertThat(dialogs.shown("confirm")).hasSize(1);
    }

    private static BoxSize size(BoxSizesViewModel editor, String code) {
        return stored(editor.entries(), code);
    }

    private static BoxSize stored(List<BoxSize> sizes, String code) {
        return sizes.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static Category withUnit(Category c, String unit) {
        return new Category(c.id(), c.name(), c.hsCode(), unit, c.defaultUnitKg(), c.flags(), c.translations());
    }
}
