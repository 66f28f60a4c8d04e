package org.shipshape.gui.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.customs.Countries;
import org.shipshape.logic.customs.DestinationRules;
import org.shipshape.logic.packing.PackingFixture;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Severity;
import org.shipshape.model.customs.DestinationRule;
import org.shipshape.model.shipments.Country;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.shipments.ShipmentRepository;

/**
 * The countries editor and the destination rules beneath it (issue 12): add, edit, delete and undo each, deletes
 * refused with their reason (a country shipped to, a country with rules), retiring, which takes the country off the
 * shipment screen's choices but leaves its shipments as they are, and bad fields named.
 */
class CountriesViewModelTest {
    @TempDir
    Path folder;
    private PackingFixture fixture;
    private RecordingDialogs dialogs;
    private CountriesViewModel editor;

    @BeforeEach
    void open() {
        fixture = PackingFixture.create(folder);
        dialogs = new RecordingDialogs();
        editor = new CountriesViewModel(context());
        editor.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aCountryIsAddedEditedDeletedAndEachStepIsUndone() {
        editor.newEntry();
        editor.codeProperty().set("tg");
        editor.nameProperty().set("Togo");
        editor.languagesProperty().set("fr");
        editor.save();
        assertThat(editor.problems()).isEmpty();
        assertThat(stored("TG").name()).isEqualTo("Togo");
        assertThat(stored("TG").documentLanguages()).containsExactly(Language.FR);

        select("TG");
        editor.nameProperty().set("Togolese Republic");
        editor.save();
        assertThat(stored("TG").name()).isEqualTo("Togolese Republic");
        editor.undo();
        assertThat(stored("TG").name()).isEqualTo("Togo");

        select("TG");
        editor.delete();
        assertThat(storedCodes()).doesNotContain("TG");
        assertThat(editor.undoLabelProperty().get()).contains("TG");
        editor.undo();
        assertThat(storedCodes()).contains("TG");

        editor.undo(); // the addition itself
        assertThat(storedCodes()).doesNotContain("TG");
        assertThat(new AuditRepository(fixture.workspace.database()).recentFor("country", 10)).isNotEmpty();
    }

    @Test
    void aCountryShippedToOrWithRulesIsNotDeletedAndTheReasonIsShown() {
        select("MD");
        editor.delete();
        assertThat(editor.statusProperty().get()).as("errors: %s", dialogs.errors)
                .isEqualTo("Country MD is used by 1 shipment; retire it instead, so it is no longer offered but"
                        + " stays on them.");
        assertThat(storedCodes()).contains("MD");

        select("ML");
        editor.delete();
        assertThat(editor.statusProperty().get()).isEqualTo("Country ML still has 2 destination rules; remove them"
                + " first, or retire the country instead.");
        assertThat(storedCodes()).contains("ML");
    }

    @Test
    void aRetiredCountryIsNoLongerOfferedButStaysOnItsShipments() {
        select("MD");
        editor.toggleRetired();
        assertThat(stored("MD").retired()).isTrue();
        assertThat(new ShipmentService(fixture.workspace).countries()).extracting(Country::code)
                .doesNotContain("MD").contains("AM", "ML");
        assertThat(new ShipmentRepository(fixture.workspace.database()).findById(fixture.moldova).orElseThrow()
                .countryCode()).isEqualTo("MD");

        editor.showRetiredProperty().set(false);
        assertThat(editor.shown()).extracting(Country::code).doesNotContain("MD");
        editor.showRetiredProperty().set(true);
        assertThat(editor.shown()).extracting(Country::code).contains("MD");

        editor.undo();
        assertThat(stored("MD").retired()).isFalse();
        assertThat(new ShipmentService(fixture.workspace).countries()).extracting(Country::code).contains("MD");
    }

    @Test
    void badInputIsNamedByFieldAndNothingIsSaved() {
        editor.newEntry();
        editor.codeProperty().set("Mali");
        editor.nameProperty().set("");
        editor.validate();
        assertThat(editor.problems()).anyMatch(p -> p.startsWith("Code: \"MALI\" is not a country code")
                || p.startsWith("Code: \"Mali\" is not a country code")).anyMatch(p -> p.startsWith("Name:"));
        editor.codeProperty().set("ml");
        editor.nameProperty().set("Mali again");
        editor.validate();
        assertThat(editor.problems()).containsExactly("Code: country ML is in the list already; change that one.");
        int before = storedCodes().size();
        editor.save();
        assertThat(storedCodes()).hasSize(before);
        assertThat(stored("ML").name()).isEqualTo("Mali");
    }

    @Test
    void aRuleIsAddedEditedDeletedAndEachStepIsUndone() {
        DestinationRulesViewModel rules = new DestinationRulesViewModel(context());
        rules.countryProperty().set("AM");
        int seeded = storedRules("AM").size();

        rules.newEntry();
        rules.hsCodeProperty().set("8418");
        rules.usedOnlyProperty().set(true);
        rules.severityProperty().set(Severity.BLOCK);
        rules.explanationProperty().set("Used fridges are refused at the Armenian border, says the forwarder.");
        rules.save();
        assertThat(rules.problems()).isEmpty();
        DestinationRule added = onlyNew(seeded);
        assertThat(added.hsCode()).isEqualTo("8418");
        assertThat(added.usedOnly()).isTrue();
        assertThat(added.severity()).isEqualTo(Severity.BLOCK);

        rules.selectedProperty().set(rules.entries().stream().filter(r -> r.id() == added.id()).findFirst()
                .orElseThrow());
        rules.confirmedProperty().set(true);
        rules.severityProperty().set(Severity.WARN);
        rules.save();
        assertThat(rule(added.id()).confirmed()).isTrue();
        assertThat(rule(added.id()).severity()).isEqualTo(Severity.WARN);
        rules.undo();
        assertThat(rule(added.id()).confirmed()).isFalse();
        assertThat(rule(added.id()).severity()).isEqualTo(Severity.BLOCK);

        rules.selectedProperty().set(rules.entries().stream().filter(r -> r.id() == added.id()).findFirst()
                .orElseThrow());
        rules.delete();
        assertThat(storedRules("AM")).hasSize(seeded);
        rules.undo();
        assertThat(storedRules("AM")).hasSize(seeded + 1);
        assertThat(storedRules("AM")).anyMatch(r -> "8418".equals(r.hsCode()) && r.usedOnly());
    }

    @Test
    void aBadRuleIsNamedByFieldAndNothingIsSaved() {
        DestinationRulesViewModel rules = new DestinationRulesViewModel(context());
        rules.countryProperty().set("AM");
        int seeded = storedRules("AM").size();
        rules.newEntry();
        rules.hsCodeProperty().set("84x");
        rules.explanationProperty().set(" ");
        rules.validate();
        assertThat(rules.problems()).anyMatch(p -> p.startsWith("HS code: \"84x\" is not an HS code"))
                .anyMatch(p -> p.startsWith("Explanation:"));
        rules.save();
        assertThat(storedRules("AM")).hasSize(seeded);
    }

    private DestinationRule onlyNew(int seeded) {
        List<DestinationRule> now = storedRules("AM");
        assertThat(now).hasSize(seeded + 1);
        return now.stream().filter(r -> "8418".equals(r.hsCode())).findFirst().orElseThrow();
    }

    private GuiContext context() {
        return new GuiContext(fixture.workspace, new CurrentThreadTaskExecutor(), dialogs, () -> { });
    }

    private void select(String code) {
        editor.selectedProperty().set(editor.entries().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow());
    }

    private Country stored(String code) {
        return new Countries(fixture.workspace).all().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private List<String> storedCodes() {
        return new Countries(fixture.workspace).all().stream().map(Country::code).toList();
    }

    private List<DestinationRule> storedRules(String country) {
        return new DestinationRules(fixture.workspace).forCountry(country);
    }

    private DestinationRule rule(long id) {
        return new DestinationRules(fixture.workspace).all().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow();
    }
}
