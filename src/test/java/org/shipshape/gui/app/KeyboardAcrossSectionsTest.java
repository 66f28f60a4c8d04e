package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.gui.support.ScannerKeys;
import org.shipshape.logic.inventory.InventoryService;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.ItemStatus;
import org.shipshape.model.inventory.InventoryRow;
import org.shipshape.model.inventory.ItemFilter;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window with its background worker: keys reach the section that shows, whatever was shown before. */
@ExtendWith(FxExceptions.class)
class KeyboardAcrossSectionsTest {
    @TempDir
    Path folder;
    private final FxRobot robot = new FxRobot();
    private Path database;
    private AppWindow window;

    @BeforeEach
    void start() throws Exception {
        database = AppWindow.sampleDatabase(folder);
        window = AppWindow.start(robot, database, 1366, 768);
        window.waitUntilLoaded();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void enterSavesTheIntakeFormAfterAVisitToAnotherSection() throws Exception {
        window.select("categories");
        window.waitUntilLoaded();
        window.select("intake");
        window.waitUntilLoaded();
        fill("#intake-donor", "Paul Fontaine");
        fill("#intake-category", "Books");
        fill("#intake-description", "novels in French, paperback");
        fill("#intake-quantity", "30");
        robot.interact(() -> window.<TextField>lookup("#intake-quantity").requestFocus());

        new ScannerKeys(robot, window.scene()).key(KeyCode.ENTER);
        window.waitUntil(() -> items("novels in French, paperback").size() == 1);

        InventoryRow saved = items("novels in French, paperback").get(0);
        assertThat(saved.donorName()).isEqualTo("Paul Fontaine");
        assertThat(saved.categoryName()).isEqualTo("Books");
        assertThat(saved.quantity()).isEqualByComparingTo("30");
        assertThat(saved.unit()).isEqualTo("pcs");
        assertThat(saved.condition()).isEqualTo(Condition.USED_GOOD);
        assertThat(saved.unitValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(saved.receivedOn()).isEqualTo(LocalDate.now());
        assertThat(saved.status()).isEqualTo(ItemStatus.IN_STOCK);
    }

    @Test
    void noSectionDeclaresAWindowWideDefaultButton() throws Exception {
        // a default button reacts to Enter wherever the focus is in the window, also on other sections
        for (javafx.scene.control.Tab tab : List.copyOf(window.sections().getTabs())) {
            window.select(tab.getId().substring("section-".length()));
            window.waitUntilLoaded();
        }
        List<String> defaults = new java.util.ArrayList<>();
        robot.interact(() -> window.scene().getRoot().lookupAll(".button").forEach(node -> {
            if (node instanceof javafx.scene.control.Button button && button.isDefaultButton()) {
                defaults.add(button.getId() + " " + button.getText());
            }
        }));
        assertThat(defaults).isEmpty();
    }

    @Test
    void ctrlSSavesTheIntakeFormToo() throws Exception {
        window.select("categories");
        window.waitUntilLoaded();
        window.select("intake");
        window.waitUntilLoaded();
        fill("#intake-donor", "Paul Fontaine");
        fill("#intake-category", "Books");
        fill("#intake-description", "atlases");
        fill("#intake-quantity", "4");

        new ScannerKeys(robot, window.scene()).shortcut(KeyCode.S);
        window.waitUntil(() -> items("atlases").size() == 1);

        assertThat(items("atlases").get(0).quantity()).isEqualByComparingTo("4");
    }

    @Test
    void aScanRightAfterSwitchingToLoadingIsLoaded() throws Exception {
        int loading = window.sections().getTabs().indexOf(window.sections().getTabs().stream()
                .filter(t -> t.getId().equals("section-loading")).findFirst().orElseThrow());
        new ScannerKeys(robot, window.scene()).shortcut(KeyCode.getKeyCode(String.valueOf(loading + 1)))
                .type("MLI-0068").key(KeyCode.ENTER);

        try {
            window.waitUntil(() -> "MLI-0068".equals(window.<Label>lookup("#loading-last-number").getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Not loaded; the screen says \"" + window.<Label>lookup("#loading-refusal")
                    .getText() + "\" / \"" + window.<Label>lookup("#loading-last-action").getText() + "\", the field holds \""
                    + window.<TextField>lookup("#loading-scan").getText() + "\", the focus is on "
                    + window.scene().getFocusOwner() + ", the section shown is " + window.selectedTab().getId(), e);
        }
        try (Workspace reader = Workspace.open(database, true, "Test reader")) {
            assertThat(new org.shipshape.logic.packing.PackingService(reader).open("MLI-0068").orElseThrow().pkg()
                    .status()).isEqualTo(org.shipshape.model.packing.PackageStatus.LOADED);
        }
    }

    @Test
    void ctrlFSearchesTheInventoryRightAfterItsShortcutChoseIt() throws Exception {
        ScannerKeys keys = new ScannerKeys(robot, window.scene());
        keys.shortcut(shortcutDigitOf("inventory")).shortcut(KeyCode.F).type("bookcase");

        try {
            window.waitUntil(() -> "bookcase".equals(window.<TextField>lookup("#inventory-search").getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The search holds \"" + window.<TextField>lookup("#inventory-search").getText()
                    + "\", the focus is on " + window.scene().getFocusOwner() + ", the section shown is "
                    + window.selectedTab().getId(), e);
        }
        robot.interact(() -> assertThat(window.<TextField>lookup("#inventory-search").isFocused()).isTrue());
    }

    @Test
    void keysAfterChoosingAnotherSectionGoToItNotToTheHiddenOne() throws Exception {
        robot.interact(() -> window.<Node>lookup("#home-go-packing").requestFocus());
        ScannerKeys keys = new ScannerKeys(robot, window.scene());
        keys.shortcut(shortcutDigitOf("categories"));
        window.waitUntilLoaded();
        keys.key(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.selectedTab().getId()).isEqualTo("section-categories");
        robot.interact(() -> {
            Node owner = window.scene().getFocusOwner();
            Node content = window.selectedTab().getContent();
            boolean inside = false;
            for (Node node = owner; node != null; node = node.getParent()) {
                inside |= node == content;
            }
            assertThat(inside).as("the focus (%s) is in the shown section", owner).isTrue();
        });
    }

    private KeyCode shortcutDigitOf(String section) {
        int index = window.sections().getTabs().indexOf(window.sections().getTabs().stream()
                .filter(t -> t.getId().equals("section-" + section)).findFirst().orElseThrow());
        return KeyCode.getKeyCode(String.valueOf(index + 1));
    }

    @Test
    void theStatusBarCountsTwoNewBoxes() throws Exception {
        window.select("packing");
        window.waitUntilLoaded();
        String before = window.<Label>lookup("#status-counts").getText();
        ScannerKeys keys = new ScannerKeys(robot, window.scene());
        keys.shortcut(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        keys.shortcut(KeyCode.N);

        window.waitUntil(() -> !window.<Label>lookup("#status-counts").getText().equals(before));
        assertThat(packagesIn(window.<Label>lookup("#status-counts").getText()))
                .isEqualTo(packagesIn(before) + 2);
    }

    @Test
    void theChosenShipmentOnDocumentsSurvivesATabSwitch() throws Exception {
        window.select("documents");
        window.waitUntilLoaded();
        ComboBox<?> shipment = window.lookup("#documents-shipment");
        int index = shipment.getItems().stream().map(String::valueOf).toList().indexOf(shipment.getItems().stream()
                .map(String::valueOf).filter(s -> s.contains("MDA-2026-01")).findFirst().orElseThrow());
        robot.interact(() -> shipment.getSelectionModel().select(index));
        window.waitUntilLoaded();

        window.select("intake");
        window.waitUntilLoaded();
        window.select("documents");
        window.waitUntilLoaded();

        assertThat(String.valueOf(shipment.getValue())).contains("MDA-2026-01");
    }

    @Test
    void f1OpensTheHelpOfTheSectionShown() throws Exception {
        window.select("packing");
        window.waitUntilLoaded();

        new ScannerKeys(robot, window.scene()).key(KeyCode.F1);
        window.waitUntil(() -> robot.lookup("#help-dialog").tryQuery().isPresent());

        DialogPane help = robot.lookup("#help-dialog").queryAs(DialogPane.class);
        String shown = texts(help);
        robot.interact(() -> help.getScene().getWindow().hide());
        assertThat(shown).contains(window.sections().getTabs().stream()
                .filter(t -> t.getId().equals("section-packing")).findFirst().orElseThrow().getText());
        assertThat(shown).contains(new javafx.scene.input.KeyCodeCombination(KeyCode.N,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText());
    }

    @Test
    void everyKeyOnTheShortcutSheetIsShownInATooltipOfItsScreenOrInAMenu() throws Exception {
        javafx.scene.control.MenuBar menus = window.lookup("#menu-bar");
        javafx.scene.control.Menu help = menus.getMenus().stream().filter(m -> "menu-help".equals(m.getId()))
                .findFirst().orElseThrow();
        assertThat(help.getItems()).extracting(javafx.scene.control.MenuItem::getId)
                .contains("menu-help-screen", "menu-help-shortcuts", "menu-help-guide", "menu-about");
        List<String> accelerators = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getAccelerator() != null).map(i -> i.getAccelerator().getDisplayText()).toList();

        robot.interact(() -> help.getItems().stream().filter(i -> "menu-help-shortcuts".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        window.waitUntil(() -> robot.lookup("#help-dialog").tryQuery().isPresent());
        DialogPane sheet = robot.lookup("#help-dialog").queryAs(DialogPane.class);
        java.util.Map<String, List<String>> keysByScreen = new java.util.LinkedHashMap<>();
        robot.interact(() -> {
            javafx.scene.layout.VBox pages = (javafx.scene.layout.VBox) ((javafx.scene.control.ScrollPane)
                    sheet.getContent()).getContent();
            for (Node page : pages.getChildren()) {
                List<Node> parts = ((javafx.scene.layout.VBox) page).getChildren();
                String title = ((Label) parts.get(0)).getText();
                keysByScreen.put(title, ((javafx.scene.layout.GridPane) parts.get(2)).getChildren().stream()
                        .filter(n -> n.getStyleClass().contains("help-key")).map(n -> ((Label) n).getText())
                        .toList());
            }
            sheet.getScene().getWindow().hide();
        });

        List<String> missing = new java.util.ArrayList<>();
        for (javafx.scene.control.Tab tab : window.sections().getTabs()) {
            List<String> keys = keysByScreen.getOrDefault(tab.getText(), List.of());
            window.select(tab.getId().substring("section-".length()));
            String tooltips = tooltipsIn(tab.getContent());
            keys.stream().filter(k -> !tooltips.contains(k) && !accelerators.contains(k))
                    .forEach(k -> missing.add(tab.getText() + ": " + k));
        }
        assertThat(keysByScreen.keySet()).contains(window.sections().getTabs().get(0).getText());
        assertThat(keysByScreen.values().stream().mapToInt(List::size).sum()).isGreaterThan(15);
        assertThat(missing).isEmpty();
    }

    /**
     * Alt, arrow keys and Enter in the Go menu, as a volunteer without a mouse chooses a section: the Enter that chose
     * the menu item must not reach the field the section then focuses (a blank scan, an empty form sent). The section
     * shows just what it shows when its tab is clicked.
     */
    @ParameterizedTest
    @ValueSource(strings = {"loading", "packing", "intake", "shipments", "donors"})
    void choosingASectionInTheGoMenuByKeyboardLeavesItAsAClickOnItsTabDoes(String section) throws Exception {
        window.select(section);
        window.waitUntilLoaded();
        String clicked = shownTexts(section);
        window.select("home");
        window.waitUntilLoaded();

        int index = window.sections().getTabs().indexOf(window.sections().getTabs().stream()
                .filter(t -> t.getId().equals("section-" + section)).findFirst().orElseThrow());
        robot.press(KeyCode.ALT).release(KeyCode.ALT); // the menu bar takes the keys, on its first menu
        robot.type(KeyCode.RIGHT); // Go
        robot.type(KeyCode.DOWN); // opens it on its first item
        robot.type(KeyCode.DOWN, index);
        robot.type(KeyCode.ENTER);
        window.waitUntil(() -> window.selectedTab().getId().equals("section-" + section));
        window.waitUntilLoaded();
        String chosenByKeyboard = shownTexts(section);
        // where the platform lets the menu's Enter go on to the field the section focused, as on the reporter's
        new ScannerKeys(robot, window.scene()).key(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        window.waitUntilLoaded();

        assertThat(chosenByKeyboard).isEqualTo(clicked);
        assertThat(shownTexts(section)).as("after an Enter in the empty field").isEqualTo(clicked);
        if (section.equals("loading")) {
            assertThat(window.<Label>lookup("#loading-refusal").getText()).isEmpty();
            assertThat(window.<Node>lookup("#loading-feedback").getStyleClass()).doesNotContain("scan-refusal");
        }
    }

    /** The texts a section shows, in its labels, without the tables' rows. */
    private String shownTexts(String section) {
        StringBuilder all = new StringBuilder();
        robot.interact(() -> window.selectedTab().getContent().lookupAll(".label").stream()
                .filter(n -> n instanceof Label && n.isVisible() && n.getParent() != null
                        && n.getParent().isVisible() && !(n.getParent() instanceof javafx.scene.control.Cell))
                .forEach(n -> all.append(n.getId()).append(": ").append(((Label) n).getText()).append('\n')));
        assertThat(window.selectedTab().getId()).isEqualTo("section-" + section);
        return all.toString();
    }

    private static String tooltipsIn(Node node) {
        StringBuilder all = new StringBuilder();
        if (node instanceof javafx.scene.control.Control control && control.getTooltip() != null) {
            all.append(control.getTooltip().getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> all.append(tooltipsIn(child)));
        }
        return all.toString();
    }

    private static String texts(Node node) {
        StringBuilder all = new StringBuilder();
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
            all.append(labeled.getText()).append('\n');
        }
        if (node instanceof javafx.scene.text.Text text) {
            all.append(text.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> all.append(texts(child)));
        }
        return all.toString();
    }

    private void fill(String id, String text) {
        robot.interact(() -> window.<TextField>lookup(id).setText(text));
    }

    private List<InventoryRow> items(String description) {
        try (Workspace reader = Workspace.open(database, true, "Test reader")) {
            return new InventoryService(reader).search(ItemFilter.ALL).stream()
                    .filter(r -> r.description().equals(description)).toList();
        }
    }

    private static long packagesIn(String counts) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([\\d,]+) packages").matcher(counts);
        assertThat(m.find()).as("packages in \"%s\"", counts).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
