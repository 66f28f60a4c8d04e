package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.settings.UiLanguage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** View > Language switches the whole window at once and is remembered for the next start. */
class WindowLanguageTest {
    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private AppWindow window;
    private Preferences node;

    @BeforeEach
    void startTheAppInEnglish() throws Exception {
        window = AppWindow.on(folder.resolve("t.db")).start(robot);
        node = window.languageNode();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        window.close();
    }

    @Test
    void choosingFrenchRebuildsTheWindowInFrenchAndRemembersIt() throws Exception {
        assertThat(menuTexts()).startsWith("File", "Go", "View");

        choose("menu-language-fr");

        assertThat(menuTexts()).containsExactly("Fichier", "Aller à", "Affichage", "Aide");
        assertThat(window.read(() -> sections().getTabs().stream().filter(t -> t.getId().equals("section-intake"))
                .map(javafx.scene.control.Tab::getText).toList())).containsExactly("Réception");
        assertThat(node.get("uiLanguage", null)).isEqualTo("fr");
        assertThat(new UiLanguage(node, Locale.ENGLISH).current()).isEqualTo(Locale.FRENCH);

        choose("menu-language-system");

        assertThat(menuTexts()).startsWith("File", "Go", "View");
        assertThat(node.get("uiLanguage", null)).isNull();
    }

    private void choose(String id) throws Exception {
        MenuItem item = window.read(this::languageMenu).getItems().stream().filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Menu languageMenu() {
        Menu view = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow();
        return (Menu) view.getItems().stream().filter(i -> "menu-language".equals(i.getId())).findFirst()
                .orElseThrow();
    }

    private java.util.List<String> menuTexts() throws Exception {
        return window.read(() -> robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .map(Menu::getText).toList());
    }

    private TabPane sections() {
        return window.sections();
    }
}
