package org.shipshape.gui.customs;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.ReferenceEditorViewModel;
import org.shipshape.logic.customs.Countries;
import org.shipshape.logic.settings.SettingsService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Language;
import org.shipshape.model.shipments.Country;

/** The destination countries editor: code, name as labels print it, and the document languages in order. */
public final class CountriesViewModel extends ReferenceEditorViewModel<Country> {
    private final Messages text = Messages.of(CountriesView.class);
    private final Countries countries;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty languages = new SimpleStringProperty("");
    private boolean retired;

    public CountriesViewModel(GuiContext context) {
        this(context, new Countries(context.workspace()));
    }

    private CountriesViewModel(GuiContext context, Countries countries) {
        super(context, countries);
        this.countries = countries;
        watch(code, name, languages);
        start();
    }

    @Override
    protected String searchText(Country entry) {
        return entry.code() + " " + entry.name() + " " + codes(entry.documentLanguages());
    }

    @Override
    protected void fill(Country c) {
        code.set(c == null ? "" : c.code());
        name.set(c == null ? "" : c.name());
        languages.set(c == null ? "" : codes(c.documentLanguages()));
        retired = c != null && c.retired();
    }

    /** "hy, ru": the document languages beside English, the first one printed first. */
    public static String codes(List<Language> languages) {
        return String.join(", ", languages.stream().map(Language::code).toList());
    }

    @Override
    protected Typed<Country> typed() {
        try {
            return Typed.of(new Country(Countries.code(code.get()), name.get().trim(),
                    SettingsService.parseLanguages(languages.get()), retired));
        } catch (UserInputException e) {
            return Typed.refused(e.messages().stream().map(this::render).toList());
        }
    }

    @Override
    protected String describe(Country entry) {
        return text.get("entry", entry.code());
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty languagesProperty() {
        return languages;
    }
}
