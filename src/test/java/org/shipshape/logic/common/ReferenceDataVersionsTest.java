package org.shipshape.logic.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.categories.CategoryService;
import org.shipshape.logic.customs.Countries;
import org.shipshape.logic.customs.DestinationRules;
import org.shipshape.logic.customs.Phrases;
import org.shipshape.logic.labels.LabelStocks;
import org.shipshape.logic.packing.BoxSizes;
import org.shipshape.logic.shipments.ContainerTypes;
import org.shipshape.logic.task.EditConflictException;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.TwoStations;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.model.customs.Phrase;
import org.shipshape.model.labels.LabelStock;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.shipments.ContainerType;
import org.shipshape.model.shipments.Country;

/**
 * Optimistic locking of the reference data (docs/decisions/0015): Anna's editor read an entry, Bea changed it, Anna
 * saves or deletes what she saw. Anna is refused with who and when, Bea's change stays, and once Anna has read the
 * entry again her change goes through. On SQLite one station holds the file, so Bea is the next volunteer at the
 * same station; the PostgreSQL variant puts them on two stations (two connections).
 */
class ReferenceDataVersionsTest {
    @TempDir
    Path folder;
    TwoStations stations;
    Workspace anna;

    /** Anna and Bea on one warehouse file; the PostgreSQL variant puts them at two stations. */
    TwoStations openStations() {
        return TwoStations.onOneFile(folder);
    }

    void asBea(Consumer<Workspace> work) {
        stations.asBea(work);
    }

    @BeforeEach
    void open() {
        stations = openStations();
        anna = stations.anna();
    }

    @AfterEach
    void close() {
        stations.close();
    }

    @Test
    void aBoxSizeSavedOverAnotherStationsChangeIsRefusedWithWhoAndWhenAndGoesThroughAfterAReload() {
        BoxSizes sizes = new BoxSizes(anna);
        Versioned<BoxSize> shown = entry(sizes, "M");
        asBea(bea -> new BoxSizes(bea).save(named(shown.value(), "Medium box, Bea's"), false, shown.number()));

        assertRefusedBecauseBeaChangedIt(() -> sizes.save(named(shown.value(), "Medium box, Anna's"), false,
                shown.number()), "Box size M was changed on another station by Bea (");

        Versioned<BoxSize> reloaded = entry(sizes, "M");
        assertThat(reloaded.value().name()).isEqualTo("Medium box, Bea's");
        assertThat(reloaded.version().changedBy()).isEqualTo("Bea");
        assertThat(reloaded.version().changedAt()).isNotNull();
        assertThat(reloaded.number()).isEqualTo(shown.number() + 1);

        sizes.save(named(reloaded.value(), "Medium box, Anna's"), false, reloaded.number());
        assertThat(entry(sizes, "M").value().name()).isEqualTo("Medium box, Anna's");
        assertThat(entry(sizes, "M").version().changedBy()).isEqualTo("Anna");
    }

    @Test
    void aBoxSizeAnotherStationChangedIsNotDeletedNorRetired() {
        BoxSizes sizes = new BoxSizes(anna);
        Versioned<BoxSize> added = sizes.save(new BoxSize("XL", "Extra large box",
                new org.shipshape.model.packing.Dimensions(100, 60, 60)), true, 0);
        asBea(bea -> new BoxSizes(bea).save(named(added.value(), "Extra large, Bea's"), false, added.number()));

        assertRefusedBecauseBeaChangedIt(() -> sizes.delete(added.value(), added.number()),
                "Box size XL was changed on another station by Bea (");
        assertRefusedBecauseBeaChangedIt(() -> sizes.retire(added.value(), true, added.number()),
                "Box size XL was changed on another station by Bea (");

        assertThat(entry(sizes, "XL").value().name()).isEqualTo("Extra large, Bea's");
        assertThat(entry(sizes, "XL").value().retired()).isFalse();
    }

    @Test
    void anEntryAnotherStationDeletedIsNotSavedAgainAndTheRefusalSaysItIsGone() {
        BoxSizes sizes = new BoxSizes(anna);
        Versioned<BoxSize> added = sizes.save(new BoxSize("XL", "Extra large box",
                new org.shipshape.model.packing.Dimensions(100, 60, 60)), true, 0);
        asBea(bea -> new BoxSizes(bea).delete(added.value(), added.number()));

        assertThatThrownBy(() -> sizes.save(named(added.value(), "Extra large, Anna's"), false, added.number()))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.wasDeleted()).isTrue();
                    assertThat(english(conflict)).isEqualTo("Box size XL was deleted on another station; nothing"
                            + " was saved.");
                });
        assertThat(sizes.all()).extracting(BoxSize::code).doesNotContain("XL");
    }

    @Test
    void aCountryRetiredOverAnotherStationsChangeIsRefusedAndKeepsTheirLanguages() {
        Countries countries = new Countries(anna);
        Versioned<Country> shown = entry(countries, "MD");
        asBea(bea -> new Countries(bea).save(shown.value().withLanguages(List.of(Language.RO, Language.RU)), false,
                shown.number()));

        assertRefusedBecauseBeaChangedIt(() -> countries.retire(shown.value(), true, shown.number()),
                "Country MD was changed on another station by Bea (");
        assertRefusedBecauseBeaChangedIt(() -> countries.save(new Country("MD", "Moldova, Anna's",
                shown.value().documentLanguages(), false), false, shown.number()),
                "Country MD was changed on another station by Bea (");

        Country stored = entry(countries, "MD").value();
        assertThat(stored.documentLanguages()).containsExactly(Language.RO, Language.RU);
        assertThat(stored.name()).isEqualTo("Moldova");
        assertThat(stored.retired()).isFalse();
    }

    @Test
    void aPhraseSavedOrDeletedOverAnotherStationsChangeIsRefused() {
        Phrases phrases = new Phrases(anna);
        Versioned<Phrase> shown = phrases.entries().stream().filter(p -> p.value().key().equals("aid")
                && p.value().language() == Language.FR).findFirst().orElseThrow();
        Phrase beas = new Phrase("aid", Language.FR, "Aide humanitaire (Bea)", true);
        asBea(bea -> new Phrases(bea).save(beas, false, shown.number()));

        Phrase annas = new Phrase("aid", Language.FR, "Aide humanitaire (Anna)", false);
        assertRefusedBecauseBeaChangedIt(() -> phrases.save(annas, false, shown.number()),
                "Phrase aid/fr was changed on another station by Bea (");
        assertRefusedBecauseBeaChangedIt(() -> phrases.delete(shown.value(), shown.number()),
                "Phrase aid/fr was changed on another station by Bea (");

        assertThat(phrases.all()).contains(beas);
    }

    @Test
    void aTranslatorsFileCountsAsAChangeSoAnEditorOpenBeforeItIsRefused() {
        Phrases phrases = new Phrases(anna);
        Versioned<Phrase> shown = phrases.entries().stream().filter(p -> p.value().key().equals("aid")
                && p.value().language() == Language.RO).findFirst().orElseThrow();
        asBea(bea -> new Phrases(bea).save(new Phrase("aid", Language.RO, "Ajutor umanitar (Bea)", true)));

        assertRefusedBecauseBeaChangedIt(() -> phrases.save(new Phrase("aid", Language.RO, "Ajutor (Anna)", false),
                false, shown.number()), "Phrase aid/ro was changed on another station by Bea (");
    }

    @Test
    void aCategorySavedOverAnotherStationsChangeIsRefusedAndKeepsTheirUnit() {
        CategoryService categories = new CategoryService(anna);
        Versioned<Category> shown = categories.entries().stream().filter(c -> c.value().name().equals("Fridges"))
                .findFirst().orElseThrow();
        asBea(bea -> new CategoryService(bea).save(unit(shown.value(), "units"), shown.number()));

        assertRefusedBecauseBeaChangedIt(() -> categories.save(unit(shown.value(), "boxes"), shown.number()),
                "Category Fridges was changed on another station by Bea (");

        Versioned<Category> reloaded = categories.entries().stream().filter(c -> c.value().id() == shown.value().id())
                .findFirst().orElseThrow();
        assertThat(reloaded.value().defaultUnit()).isEqualTo("units");
        categories.save(unit(reloaded.value(), "boxes"), reloaded.number());
        assertThat(categories.all().stream().filter(c -> c.id() == shown.value().id()).findFirst().orElseThrow()
                .defaultUnit()).isEqualTo("boxes");
    }

    @Test
    void aLabelStockAContainerTypeAndARuleChangedElsewhereAreRefusedToo() {
        LabelStocks stocks = new LabelStocks(anna);
        Versioned<LabelStock> stock = entry(stocks, "4x6");
        asBea(bea -> new LabelStocks(bea).calibrate("4x6", 1.5, 0));
        assertRefusedBecauseBeaChangedIt(() -> stocks.save(stock.value().withOffsets(-1, 0), false, stock.number()),
                "Label stock 4x6 was changed on another station by Bea (");
        assertThat(entry(stocks, "4x6").value().offsetXMm()).isEqualTo(1.5);

        ContainerTypes types = new ContainerTypes(anna);
        Versioned<ContainerType> type = entry(types, "40HC");
        asBea(bea -> new ContainerTypes(bea).retire("40HC", true));
        assertRefusedBecauseBeaChangedIt(() -> types.retire(type.value(), false, type.number()),
                "Container type 40HC was changed on another station by Bea (");
        assertThat(entry(types, "40HC").value().retired()).isTrue();

        DestinationRules rules = new DestinationRules(anna);
        Versioned<DestinationRule> rule = rules.entriesOf("ML").get(0);
        DestinationRule shown = rule.value();
        asBea(bea -> new DestinationRules(bea).save(confirmed(shown), false, rule.number()));
        assertRefusedBecauseBeaChangedIt(() -> rules.delete(shown, rule.number()),
                "A destination rule of ML was changed on another station by Bea (");
        assertThat(rules.forCountry("ML")).anyMatch(r -> r.id() == shown.id() && r.confirmed());
    }

    private void assertRefusedBecauseBeaChangedIt(Runnable edit, String sentenceStart) {
        assertThatThrownBy(edit::run).isInstanceOfSatisfying(EditConflictException.class, conflict -> {
            assertThat(conflict.wasDeleted()).isFalse();
            assertThat(conflict.current().changedBy()).isEqualTo("Bea");
            assertThat(conflict.current().changedAt()).isNotNull();
            assertThat(english(conflict)).startsWith(sentenceStart)
                    .endsWith("Reload it to see the changes, then edit again.");
        });
    }

    private static String english(EditConflictException conflict) {
        return Catalogue.of(Language.EN).render(conflict.messages().get(0));
    }

    private static <T extends org.shipshape.model.common.CodedEntry<T>> Versioned<T> entry(CodedReferenceData<T> data, String code) {
        return data.entries().stream().filter(v -> data.keyOf(v.value()).equals(code)).findFirst().orElseThrow();
    }

    private static BoxSize named(BoxSize size, String name) {
        return new BoxSize(size.code(), name, size.dimensions(), size.retired());
    }

    private static Category unit(Category c, String unit) {
        return new Category(c.id(), c.name(), c.hsCode(), unit, c.defaultUnitKg(), c.flags(), c.translations());
    }

    private static DestinationRule confirmed(DestinationRule r) {
        return new DestinationRule(r.id(), r.countryCode(), r.categoryId(), r.hsCode(), r.usedOnly(), r.severity(),
                r.message(), true);
    }
}
