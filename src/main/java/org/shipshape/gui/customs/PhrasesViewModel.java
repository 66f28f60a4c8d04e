package org.shipshape.gui.customs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.ReferenceEditorViewModel;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.customs.Phrases;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.Phrase;

/**
 * The documents' phrases per language with the "checked by a native speaker" mark, filtered by language and by
 * the mark, and exchanged with translators as CSV.
 */
public final class PhrasesViewModel extends ReferenceEditorViewModel<Phrase> {
    private final Messages text = Messages.of(PhrasesView.class);
    private final Phrases phrases;
    private final StringProperty key = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.EN);
    private final StringProperty phraseText = new SimpleStringProperty("");
    private final BooleanProperty checked = new SimpleBooleanProperty(false);
    private final ObjectProperty<Language> languageFilter = new SimpleObjectProperty<>();
    private final BooleanProperty uncheckedOnly = new SimpleBooleanProperty(false);

    public PhrasesViewModel(GuiContext context) {
        this(context, new Phrases(context.workspace()));
    }

    private PhrasesViewModel(GuiContext context, Phrases phrases) {
        super(context, phrases);
        this.phrases = phrases;
        watch(key, language, phraseText, checked);
        languageFilter.addListener(obs -> refilter());
        uncheckedOnly.addListener(obs -> refilter());
        start();
    }

    @Override
    protected String searchText(Phrase entry) {
        return entry.key() + " " + entry.text();
    }

    @Override
    protected boolean alsoShown(Phrase entry) {
        return (languageFilter.get() == null || entry.language() == languageFilter.get())
                && (!uncheckedOnly.get() || !entry.checked());
    }

    @Override
    protected void fill(Phrase p) {
        key.set(p == null ? "" : p.key());
        language.set(p == null ? Optional.ofNullable(languageFilter.get()).orElse(Language.EN) : p.language());
        phraseText.set(p == null ? "" : p.text());
        checked.set(p != null && p.checked());
    }

    @Override
    protected Typed<Phrase> typed() {
        return Typed.of(new Phrase(key.get().trim(), language.get() == null ? Language.EN : language.get(),
                phraseText.get(), checked.get()));
    }

    @Override
    protected String describe(Phrase entry) {
        return text.get("entry", entry.key(), entry.language().nativeName());
    }

    /** Writes the phrases (of the filtered language, or all) as CSV for a translator, then opens it. */
    public void exportCsv() {
        Optional<Language> only = Optional.ofNullable(languageFilter.get());
        context.dialogs().chooseFileToSave(text.get("export.title"), "phrases" + only.map(l -> "-" + l.code())
                .orElse("") + ".csv", text.get("csv.filter"), "csv").ifPresent(file ->
                context.tasks().execute(BackgroundTask.of(text.get("export.title"), progress ->
                                phrases.exportCsv(file, only))
                        .onSuccess(rows -> setStatus(text.get("export.done", rows, file.getFileName())))
                        .onFailure(error -> context.dialogs().showError(text.get("export.failed", file), error))));
    }

    /** Reads a translator's CSV back: all of it, or nothing with every problem named. */
    public void importCsv() {
        context.dialogs().chooseFileToOpen(text.get("import.title"), text.get("csv.filter"), "csv").ifPresent(file ->
                context.tasks().execute(BackgroundTask.of(text.get("import.title"), progress ->
                                phrases.importCsv(String.valueOf(file.getFileName()), read(file)))
                        .onSuccess(result -> {
                            setStatus(text.get("import.done", result.added(), result.changed(), result.unchanged()));
                            load();
                        })
                        .onFailure(error -> {
                            if (error instanceof UserInputException refused) {
                                setStatus(String.join("\n", refused.messages().stream().map(this::render).toList()));
                            } else {
                                context.dialogs().showError(text.get("import.failed", file), error);
                            }
                        })));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty textProperty() {
        return phraseText;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public ObjectProperty<Language> languageFilterProperty() {
        return languageFilter;
    }

    public BooleanProperty uncheckedOnlyProperty() {
        return uncheckedOnly;
    }
}
