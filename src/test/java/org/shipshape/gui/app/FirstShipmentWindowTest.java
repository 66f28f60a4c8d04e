package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.logic.customs.PdfText;
import org.shipshape.logic.settings.TestLogos;
import org.shipshape.logic.workspace.StartupOptions;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12's must-show, through the real window from an empty database: Start empty, the organisation settings
 * (with a logo and the signatory), three items at intake, two boxes packed and sealed, their labels, a shipment
 * with container number and seal, the packages loaded by typing their numbers into the loading screen, and the final
 * customs pack. Every PDF written carries the organisation's name, address and logo, and the donation certificate
 * names the signatory.
 */
class FirstShipmentWindowTest {
    private static final String NAME = "Hope Across Borders";
    private static final String STREET = "14 rue Pasteur";
    private static final String TOWN = "69007 Lyon";

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppWindow window;

    @BeforeEach
    void startOnAnEmptyDatabase() throws Exception {
        dialogs.fileToOpen = TestLogos.png(folder.resolve("logo.png"), 240, 80);
        dialogs.folder = Files.createDirectories(folder.resolve("pack"));
        window = AppWindow.on(startOptions()).dialogs(dialogs).size(1240, 780).start(robot);
    }

    /** An empty warehouse: a new SQLite file here, a new schema on the test server in the PostgreSQL variant. */
    StartupOptions startOptions() {
        return new StartupOptions(folder.resolve("hope.db"), false, "Test volunteer");
    }

    @AfterEach
    void stopTheApp() throws Exception {
        window.close();
    }

    @Test
    void aFirstShipmentFromAnEmptyDatabaseCarriesTheOrganisationOnEveryDocument() throws Exception {
        organisationSettings();
        intake();
        shipmentWithoutContainer();
        packTwoBoxes();
        Path labels = writeLabels();
        containerNumberAndSeal();
        loadByTypingNumbers();
        List<Path> pack = finalCustomsPack();

        List<Path> pdfs = new ArrayList<>(pack);
        pdfs.add(labels);
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(6);
        for (Path pdf : pdfs) {
            String text = PdfText.of(pdf).text();
            assertThat(text).as("organisation on %s", pdf.getFileName()).contains(NAME, STREET, TOWN);
            assertThat(TestLogos.imagesOn(pdf)).as("logo on %s", pdf.getFileName()).contains("page 1: 240x80");
        }
        String certificate = PdfText.of(dialogs.folder.resolve("donation-certificate.pdf")).text();
        assertThat(certificate).contains("Claire Dumont, Shipment coordinator");

        goTo("home");
        waitUntil(() -> Stream.of("organisation", "first-donation", "first-package-sealed", "first-shipment",
                "container-loaded", "customs-pack-printed").allMatch(this::ticked));
        assertThat(dialogs.errors).isEmpty();
    }

    private void organisationSettings() {
        robot.clickOn("#start-empty-button");
        waitUntil(() -> robot.lookup("#settings-name").tryQuery().isPresent());
        type("#settings-name", NAME);
        robot.clickOn("#settings-address").write(STREET).type(KeyCode.ENTER).write(TOWN);
        type("#settings-country", "FR");
        type("#settings-email", "coordination@");
        assertThat(label("#settings-email-error")).contains("is not an e-mail address");
        type("#settings-email", "coordination@hope.example.org");
        assertThat(label("#settings-email-error")).isEmpty();
        type("#settings-eori", "FR 1234 5678 901");
        robot.clickOn("#settings-logo-choose");
        waitUntil(() -> robot.lookup("#settings-logo-preview").queryAs(ImageView.class).getImage() != null);
        type("#settings-signatory-name", "Claire Dumont");
        type("#settings-signatory-title", "Shipment coordinator");
        robot.clickOn("#settings-save");
        // the first save closes the window and shows the home screen, the first step ticked
        waitUntil(() -> robot.lookup("#settings-name").tryQuery().isEmpty() && ticked("organisation"));
        assertThat(selectedSection()).isEqualTo("section-home");
    }

    private void intake() {
        robot.clickOn("#home-go-first-donation");
        waitUntil(() -> robot.lookup("#intake-donor").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("Lycée Saint-Exupéry").type(KeyCode.ESCAPE).type(KeyCode.TAB).type(KeyCode.TAB);
        item("Exercise books", "Exercise books, A4", "100", "0.40");
        item("Ball-point pens", "Ball-point pens, blue", "200", "0.10");
        item("Kitchenware, stainless steel", "Saucepans, stainless steel", "12", "4");
    }

    private void item(String category, String description, String quantity, String unitValue) {
        waitUntil(() -> robot.lookup("#intake-category").queryAs(TextInputControl.class).isFocused());
        robot.write(category).type(KeyCode.ESCAPE).type(KeyCode.TAB);
        robot.write(description).type(KeyCode.ESCAPE).type(KeyCode.TAB);
        robot.eraseText(1).write(quantity);
        type("#intake-unit-value", unitValue);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> label("#intake-status").contains(description));
    }

    private void shipmentWithoutContainer() {
        goTo("shipments");
        robot.clickOn("#shipments-new");
        type("#shipments-reference", "MLI-2026-01");
        type("#shipments-country", "ML");
        type("#shipments-consignee", "Centre de formation de Bamako");
        type("#shipments-portOfDischarge", "Dakar");
        choose("#shipments-incoterm", "CIF");
        type("#shipments-incotermPlace", "Dakar");
        choose("#shipments-containerType", "20GP");
        robot.clickOn("#shipments-save");
        waitUntil(() -> robot.lookup("#shipments-list").queryTableView().getItems().size() == 1);
    }

    private void packTwoBoxes() {
        goTo("packing");
        robot.interact(() -> {
            ComboBox<Object> shipment = robot.lookup("#packing-shipment").queryComboBox();
            shipment.getItems().stream().filter(c -> c.toString().contains("MLI-2026-01")).findFirst()
                    .ifPresent(shipment::setValue);
        });
        box(List.of("1:100", "2:200"), "M", "14");
        box(List.of("3:12"), "S", "8.5");
        waitUntil(() -> robot.lookup("#packing-list").queryTableView().getItems().size() == 2);
    }

    private void box(List<String> items, String size, String grossKg) {
        robot.clickOn("#packing-new-box");
        waitUntil(() -> label("#packing-title").contains("MLI-"));
        for (String item : items) {
            String[] parts = item.split(":");
            type("#packing-stock-item", parts[0]);
            type("#packing-stock-quantity", parts[1]);
            robot.clickOn("#packing-take-stock");
        }
        robot.clickOn("#packing-size-" + size);
        type("#packing-weight", grossKg);
        robot.type(KeyCode.ENTER);
        robot.clickOn("#packing-seal");
        waitUntil(() -> label("#packing-message").endsWith("is sealed."));
    }

    private Path writeLabels() {
        robot.clickOn("#packing-labels-all");
        waitUntil(() -> dialogs.opened.stream().anyMatch(p -> p.getFileName().toString().startsWith("labels-")));
        return dialogs.opened.stream().filter(p -> p.getFileName().toString().startsWith("labels-")).findFirst()
                .orElseThrow();
    }

    private void containerNumberAndSeal() {
        goTo("shipments");
        robot.interact(() -> robot.lookup("#shipments-list").queryTableView().getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#shipments-reference").queryAs(TextInputControl.class).getText()
                .equals("MLI-2026-01"));
        type("#shipments-containerNumber", "CSQU3054383");
        type("#shipments-sealNumber", "7654321");
        robot.type(KeyCode.ENTER); // Save is the default button, below the fold of the form at this size
        waitUntil(() -> label("#shipments-container-number-problem").isEmpty()
                && robot.lookup("#shipments-save").queryButton().isDisabled());
    }

    private void loadByTypingNumbers() {
        goTo("loading");
        robot.interact(() -> {
            ComboBox<Object> shipment = robot.lookup("#loading-shipment").queryComboBox();
            shipment.getItems().stream().filter(c -> c.toString().contains("MLI-2026-01")).findFirst()
                    .ifPresent(shipment::setValue);
        });
        waitUntil(() -> robot.lookup("#loading-scan").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#loading-scan").write("MLI-0001").type(KeyCode.ENTER);
        waitUntil(() -> label("#loading-last-number").equals("MLI-0001"));
        robot.write("MLI-0002").type(KeyCode.ENTER);
        waitUntil(() -> label("#loading-last-number").equals("MLI-0002"));
    }

    private List<Path> finalCustomsPack() throws Exception {
        goTo("documents");
        choose("#documents-shipment", "MLI-2026-01");
        waitUntil(() -> !robot.lookup("#documents-write-final").queryButton().isDisabled());
        robot.clickOn("#documents-write-final");
        waitUntil(() -> Files.exists(dialogs.folder.resolve("door-summary.pdf")));
        try (Stream<Path> files = Files.list(dialogs.folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    // ---------------------------------------------------------------- helpers

    private boolean ticked(String step) {
        return robot.lookup("#home-step-" + step).tryQuery()
                .map(n -> n.getStyleClass().contains("home-step-done")).orElse(false);
    }

    private void goTo(String section) {
        window.select(section);
    }

    private String selectedSection() {
        return window.selectedTab().getId();
    }

    /** Goes into the field, selects what is there and types over it. */
    private void type(String id, String text) {
        Node field = robot.lookup(id).query();
        javafx.geometry.Bounds inScene = field.localToScene(field.getLayoutBounds());
        if (inScene.getMaxY() < field.getScene().getHeight()) {
            robot.clickOn(field); // the keyboard goes to the window last clicked
        }
        robot.interact(field::requestFocus);
        waitUntil(() -> field.isFocused() && field.getScene().getWindow().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.eraseText(1);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((TextInputControl) field).getText()).as("typed into %s", id).isEqualTo(text);
    }

    private void choose(String id, String value) {
        robot.interact(() -> robot.lookup(id).<String>queryComboBox().setValue(value));
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void waitUntil(BooleanSupplier condition) {
        window.waitUntil(condition, () -> messagesShown() + "; dialogs: " + dialogs.errors);
    }

    /** The status and problem lines of every open window, for a failure's message. */
    private List<String> messagesShown() {
        return Window.getWindows().stream().flatMap(w -> robot.from(w.getScene().getRoot()).lookup(".label")
                        .queryAllAs(Label.class).stream())
                .filter(l -> l.getId() != null && (l.getId().endsWith("status") || l.getId().endsWith("error")
                        || l.getId().endsWith("message") || l.getId().endsWith("problems")))
                .filter(l -> !l.getText().isBlank()).map(l -> l.getId() + ": " + l.getText()).toList();
    }
}
