package org.shipshape.gui.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.customs.Phrases;
import org.shipshape.logic.packing.PackingFixture;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.Phrase;
import org.shipshape.store.audit.AuditRepository;

/**
 * The phrases editor (issue 12): add, edit, delete and undo each, the English text refused for deletion with its
 * reason (every language falls back to it), the language and "not checked yet" filters, and bad fields named.
 * Phrases are not retired: a translation is deleted and the documents fall back to English.
 */
class PhrasesViewModelTest {
    @TempDir
    Path folder;
    private PackingFixture fixture;
    private RecordingDialogs dialogs;
    private PhrasesViewModel editor;

    @BeforeEach
    void open() {
        fixture = PackingFixture.create(folder);
        dialogs = new RecordingDialogs();
        editor = new PhrasesViewModel(new GuiContext(fixture.workspace, new CurrentThreadTaskExecutor(), dialogs,
                () -> { }));
        editor.load();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aPhraseIsAddedEditedDeletedAndEachStepIsUndone() {
        editor.newEntry();
        editor.keyProperty().set("thanks");
        editor.languageProperty().set(Language.RO);
        editor.textProperty().set("Mulțumim ");
        editor.save();
        assertThat(editor.problems()).isEmpty();
        assertThat(stored("thanks", Language.RO)).contains(new Phrase("thanks", Language.RO, "Mulțumim", false));

        select("thanks", Language.RO);
        editor.textProperty().set("Vă mulțumim");
        editor.checkedProperty().set(true);
        editor.save();
        assertThat(stored("thanks", Language.RO)).contains(new Phrase("thanks", Language.RO, "Vă mulțumim", true));
        editor.undo();
        assertThat(stored("thanks", Language.RO)).contains(new Phrase("thanks", Language.RO, "Mulțumim", false));

        select("thanks", Language.RO);
        editor.delete();
        assertThat(stored("thanks", Language.RO)).isEmpty();
        assertThat(editor.undoLabelProperty().get()).contains("thanks");
        editor.undo();
        assertThat(stored("thanks", Language.RO)).isPresent();

        editor.undo(); // the addition itself
        assertThat(stored("thanks", Language.RO)).isEmpty();
        assertThat(new AuditRepository(fixture.workspace.database()).recentFor("phrase", 10)).isNotEmpty();
    }

    @Test
    void theEnglishTextCannotBeDeletedAndTheReasonIsShown() {
        select("aid", Language.EN);
        editor.delete();
        assertThat(editor.statusProperty().get()).as("errors: %s", dialogs.errors)
                .isEqualTo("The English text of aid cannot be deleted: every language falls back to it and"
                        + " documents would print the bare key; change its text instead.");
        assertThat(stored("aid", Language.EN)).map(Phrase::text).contains("Humanitarian aid - not for sale");

        select("aid", Language.FR);
        editor.delete();
        assertThat(stored("aid", Language.FR)).isEmpty();
        assertThat(stored("aid", Language.EN)).isPresent();
    }

    @Test
    void theFiltersShowOneLanguageAndThoseNotCheckedYet() {
        select("aid", Language.FR);
        editor.checkedProperty().set(true);
        editor.save();

        editor.languageFilterProperty().set(Language.FR);
        assertThat(editor.shown()).isNotEmpty().allMatch(p -> p.language() == Language.FR)
                .anyMatch(p -> p.key().equals("aid"));
        editor.uncheckedOnlyProperty().set(true);
        assertThat(editor.shown()).isNotEmpty().allMatch(p -> p.language() == Language.FR && !p.checked())
                .noneMatch(p -> p.key().equals("aid"));

        editor.newEntry();
        assertThat(editor.languageProperty().get()).as("a new phrase starts in the filtered language")
                .isEqualTo(Language.FR);
    }

    @Test
    void badInputIsNamedByFieldAndNothingIsSaved() {
        editor.newEntry();
        editor.keyProperty().set("Thank You");
        editor.languageProperty().set(Language.HY);
        editor.textProperty().set("  ");
        editor.validate();
        assertThat(editor.problems()).anyMatch(p -> p.startsWith("Key: \"Thank You\" is not a phrase key"))
                .anyMatch(p -> p.startsWith("Text:"));
        int before = new Phrases(fixture.workspace).all().size();
        editor.save();
        assertThat(new Phrases(fixture.workspace).all()).hasSize(before);
    }

    @Test
    void addingATranslationThatExistsIsRefusedSoItsUndoCannotLoseTheOriginal() {
        editor.newEntry();
        editor.keyProperty().set("aid");
        editor.languageProperty().set(Language.FR);
        editor.textProperty().set("Aide");
        editor.validate();
        assertThat(editor.problems()).anyMatch(p -> p.startsWith("Key:") && p.contains("aid"));
        editor.save();
        assertThat(stored("aid", Language.FR)).map(Phrase::text).contains("Aide humanitaire - ne peut être vendu");
        editor.undo();
        assertThat(stored("aid", Language.FR)).map(Phrase::text).contains("Aide humanitaire - ne peut être vendu");
    }

    private void select(String key, Language language) {
        editor.selectedProperty().set(editor.entries().stream()
                .filter(p -> p.key().equals(key) && p.language() == language).findFirst().orElseThrow());
    }

    private Optional<Phrase> stored(String key, Language language) {
        List<Phrase> all = new Phrases(fixture.workspace).all();
        return all.stream().filter(p -> p.key().equals(key) && p.language() == language).findFirst();
    }
}
