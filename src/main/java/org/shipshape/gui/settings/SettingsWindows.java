package org.shipshape.gui.settings;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;

/**
 * The Settings window (organisation and defaults) and the Reference data window, each opened once and brought to
 * the front when asked again, owned by the main window. File > Settings (Ctrl+Comma) and File > Reference data.
 */
public final class SettingsWindows {
    private final Messages text = Messages.of(SettingsWindows.class);
    private final GuiContext context;
    private final Window owner;
    private final UiLanguage uiLanguage;
    private final Runnable languageChanged;
    private Stage settingsStage;
    private SettingsView settings;
    private Stage referenceStage;
    private ReferenceDataView reference;

    /**
     * @param languageChanged rebuilds the main window after the volunteer chose another window language (these
     *                        windows close first: they were built in the old one)
     */
    public SettingsWindows(GuiContext context, Window owner, UiLanguage uiLanguage, Runnable languageChanged) {
        this.context = context;
        this.owner = owner;
        this.uiLanguage = uiLanguage;
        this.languageChanged = languageChanged;
    }

    /** File menu items: Settings (Ctrl+Comma) and Reference data. */
    public List<MenuItem> menuItems() {
        MenuItem settingsItem = new MenuItem(text.get("menu.settings"));
        settingsItem.setId("menu-settings");
        settingsItem.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        settingsItem.setOnAction(e -> showSettings("organisation"));
        MenuItem referenceItem = new MenuItem(text.get("menu.referenceData"));
        referenceItem.setId("menu-reference-data");
        referenceItem.setOnAction(e -> showReferenceData("box-sizes"));
        return List.of(settingsItem, referenceItem);
    }

    /** Opens the settings at a page: organisation or defaults. */
    public void showSettings(String page) {
        ensureSettings();
        settings.viewModel().setOnSaved(() -> { });
        settings.showPage(page);
        settings.onShown();
        bringUp(settingsStage);
    }

    /**
     * The first start of an empty warehouse: the organisation page, and after its first save the window closes and
     * {@code then} runs (the home screen with its checklist).
     */
    public void showFirstStart(Runnable then) {
        ensureSettings();
        settings.showPage("organisation");
        settings.onShown();
        settings.viewModel().setOnSaved(() -> {
            settings.viewModel().setOnSaved(() -> { });
            settingsStage.close();
            then.run();
        });
        bringUp(settingsStage);
    }

    /** Opens the reference data at an editor: box-sizes, label-stocks, container-types, countries or phrases. */
    public void showReferenceData(String editor) {
        if (referenceStage == null) {
            reference = new ReferenceDataView(context);
            referenceStage = stage((Parent) reference.root(), text.get("title.referenceData"), "reference-data-window",
                    1180, 760);
        }
        reference.select(editor);
        reference.onShown();
        bringUp(referenceStage);
    }

    private void ensureSettings() {
        if (settingsStage == null) {
            settings = new SettingsView(context, uiLanguage, () -> showReferenceData("countries"));
            settings.viewModel().setOnLanguageChanged(() -> {
                closeAll();
                languageChanged.run();
            });
            settingsStage = stage((Parent) settings.root(), text.get("title.settings"), "settings-window", 820, 720);
        }
    }

    /** A window of the wanted size, or smaller on a small screen (1024 x 700 laptops), placed on the screen. */
    private Stage stage(Parent content, String title, String id, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double fittedWidth = Math.min(width, screen.getWidth() - 40);
        double fittedHeight = Math.min(height, screen.getHeight() - 60);
        stage.setX(screen.getMinX() + Math.max(0, Math.min(owner.getX() + 40, screen.getWidth() - fittedWidth - 20)));
        stage.setY(screen.getMinY() + Math.max(0, Math.min(owner.getY() + 30, screen.getHeight() - fittedHeight - 40)));
        Scene scene = new Scene(content, fittedWidth, fittedHeight);
        scene.getStylesheets().add(Objects.requireNonNull(
                SettingsWindows.class.getResource("/org/shipshape/gui/app/shipshape.css")).toExternalForm());
        content.setUserData(id);
        stage.setScene(scene);
        return stage;
    }

    private static void bringUp(Stage stage) {
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** Closes both windows (the main window is rebuilt, or closes). */
    public void closeAll() {
        if (settingsStage != null) {
            settingsStage.close();
        }
        if (referenceStage != null) {
            referenceStage.close();
        }
        settingsStage = null;
        referenceStage = null;
    }
}
