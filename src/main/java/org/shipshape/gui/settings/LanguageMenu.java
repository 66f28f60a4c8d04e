package org.shipshape.gui.settings;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.shipshape.gui.common.Messages;
import org.shipshape.logic.text.Catalogue;
import java.util.Locale;

/**
 * View > Language: the system's language or one Shipshape speaks, each named in itself ("Français"), so a
 * volunteer finds their own language whatever the window speaks now. Choosing stores it and asks the window to
 * rebuild itself in it.
 */
public final class LanguageMenu {
    private final Messages text = Messages.of(LanguageMenu.class);
    private final UiLanguage setting;
    private final Consumer<UiLanguage> changed;

    /** @param changed called after a new choice is stored, to apply it and rebuild the window */
    public LanguageMenu(UiLanguage setting, Consumer<UiLanguage> changed) {
        this.setting = setting;
        this.changed = changed;
    }

    /** The View menu, holding the Language submenu. */
    public Menu menu() {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem system = new RadioMenuItem(text.get("system", Catalogue.of(setting.system()).languageName()));
        system.setId("menu-language-system");
        system.setToggleGroup(group);
        system.setSelected(setting.stored().isEmpty());
        system.setOnAction(e -> onChoose(Optional.empty()));
        Menu language = new Menu(text.get("language"), null, system, new SeparatorMenuItem());
        language.setId("menu-language");
        for (Locale each : Catalogue.languages()) {
            RadioMenuItem item = new RadioMenuItem(Catalogue.of(each).languageName());
            item.setId("menu-language-" + each.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(setting.stored().equals(Optional.of(each)));
            item.setOnAction(e -> onChoose(Optional.of(each)));
            language.getItems().add(item);
        }
        Menu view = new Menu(text.get("menu"), null, language);
        view.setId("menu-view");
        return view;
    }

    private void onChoose(Optional<Locale> choice) {
        if (!choice.equals(setting.stored())) {
            setting.choose(choice);
            changed.accept(setting);
        }
    }

}
