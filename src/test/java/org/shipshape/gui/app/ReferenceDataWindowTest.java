package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.logic.customs.PdfText;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.store.packing.BoxSizeRepository;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Reference data as a volunteer uses it, in the real window at 1024x700 on the sample warehouse: opened from
 * the menu, tabs switched, a box size added by typing, saved (checked in the database field by field), undone, a
 * bad length refused with the field named, the box size names shown whole, and a label stock's calibration page
 * printed with the offset as typed.
 */
@ExtendWith(FxExceptions.class)
class ReferenceDataWindowTest {
    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppWindow window;
    private Path database;
    private Scene reference;

    @BeforeEach
    void openTheReferenceDataFromTheFileMenu() throws Exception {
        database = AppWindow.sampleDatabase(folder);
        window = AppWindow.on(database).dialogs(dialogs).size(1024, 700).start(robot);

        robot.clickOn("File");
        robot.clickOn("Reference data...");
        waitUntil(() -> referenceWindow().isPresent());
        reference = referenceWindow().orElseThrow().getScene();
        waitUntil(() -> !this.<TableView<?>>node("#box-sizes-table").getItems().isEmpty());
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aBoxSizeTypedIntoTheEditorIsStoredFieldByFieldAndUndone() throws Exception {
        switchTo("container-types");
        waitUntil(() -> !this.<TableView<?>>node("#container-types-table").getItems().isEmpty());
        switchTo("box-sizes");

        click("#box-sizes-new");
        write("#box-sizes-code", "XL");
        write("#box-sizes-name", "Extra large box");
        write("#box-sizes-length", "100");
        write("#box-sizes-width", "60");
        write("#box-sizes-height", "70");
        assertThat(this.<Label>node("#box-sizes-problems").getText()).isEmpty();
        click("#box-sizes-save");
        waitUntil(() -> stored("XL").isPresent());

        BoxSize saved = stored("XL").orElseThrow();
        assertThat(saved.code()).isEqualTo("XL");
        assertThat(saved.name()).isEqualTo("Extra large box");
        assertThat(saved.dimensions()).isEqualTo(new Dimensions(100, 60, 70));
        assertThat(saved.retired()).isFalse();
        assertThat(this.<Label>node("#box-sizes-status").getText()).contains("XL");
        waitUntil(() -> this.<TableView<BoxSize>>node("#box-sizes-table").getItems().stream()
                .anyMatch(s -> s.code().equals("XL")));

        Button undo = node("#box-sizes-undo");
        assertThat(undo.getText()).isEqualTo("Undo adding box size XL");
        robot.clickOn((Node) undo);
        waitUntil(() -> stored("XL").isEmpty());
        waitUntil(() -> this.<TableView<BoxSize>>node("#box-sizes-table").getItems().stream()
                .noneMatch(s -> s.code().equals("XL")));
    }

    @Test
    void aLengthThatIsNotANumberIsRefusedByNameAndNothingIsStored() throws Exception {
        int sizes = storedSizes();
        click("#box-sizes-new");
        write("#box-sizes-code", "XXL");
        write("#box-sizes-name", "Huge box");
        write("#box-sizes-length", "sixty");
        write("#box-sizes-width", "60");
        write("#box-sizes-height", "60");

        assertThat(this.<Label>node("#box-sizes-problems").getText())
                .startsWith("Length: give whole centimetres, such as 60.");
        Button save = node("#box-sizes-save");
        if (!save.isDisabled()) {
            robot.clickOn((Node) save);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(stored("XXL")).isEmpty();
        assertThat(storedSizes()).isEqualTo(sizes);
    }

    @Test
    void theBoxSizeNamesShowWholeAtLaptopSize() throws Exception {
        List<TableCell<?, ?>> cells = new ArrayList<>();
        for (Node node : robot.from(reference.getRoot()).lookup(".table-cell").queryAll()) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && "box-sizes-column-name".equals(cell.getTableColumn().getId())
                    && cell.getText() != null && !cell.getText().isEmpty()) {
                cells.add(cell);
            }
        }

        assertThat(cells).extracting(TableCell::getText).contains("Medium box", "Clothing bale");
        for (TableCell<?, ?> cell : cells) {
            Text shown = (Text) cell.lookup(".text");
            assertThat(shown.getText()).as("the name as drawn in its cell").isEqualTo(cell.getText());
        }
    }

    @Test
    void aLabelStocksCalibrationPageIsWrittenWithTheOffsetAsTypedAndOpenedForPrinting() throws Exception {
        Path page = folder.resolve("calibration.pdf");
        dialogs.answerFileToSave(page);
        switchTo("label-stocks");
        waitUntil(() -> this.<TableView<?>>node("#label-stocks-table").getItems().size() > 1);
        robot.clickOn("Avery L7165 (A4, 8 per sheet)");
        waitUntil(() -> "l7165".equals(this.<TextField>node("#label-stocks-code").getText()));
        TextField offset = node("#label-stocks-offset-x");
        robot.interact(offset::clear);
        write("#label-stocks-offset-x", "1.5");

        // at 1024x700 the button is below the long form: scroll down to it, as the volunteer does
        Node testPage = node("#label-stocks-test-page");
        robot.interact(() -> {
            for (Node n = testPage.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(testPage);
        waitUntil(() -> Files.exists(page) && dialogs.opened.contains(page));

        assertThat(PdfText.of(page).text()).contains("Calibration page for Avery L7165 (A4, 8 per sheet): offset 1.5 mm"
                + " across, 0 mm down.");
        assertThat(this.<Label>node("#label-stocks-status").getText()).contains("calibration.pdf");
        assertThat(dialogs.errors).isEmpty();
    }

    private Optional<Window> referenceWindow() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && "reference-data-window".equals(w.getScene().getRoot().getUserData())).findFirst();
    }

    private void switchTo(String editor) throws Exception {
        TabPane tabs = node("#reference-data");
        Tab tab = tabs.getTabs().stream().filter(t -> t.getId().equals("reference-tab-" + editor)).findFirst()
                .orElseThrow();
        robot.clickOn(tab.getText());
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem() == tab);
    }

    private void write(String id, String text) {
        robot.clickOn((Node) node(id)).write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(this.<TextField>node(id).getText()).as(id).isEqualTo(text);
    }

    private void click(String id) {
        robot.clickOn((Node) node(id));
    }

    private Optional<BoxSize> stored(String code) {
        try (Workspace reader = Workspace.open(database, true, "Test reader")) {
            return new BoxSizeRepository(reader.database()).find(code);
        }
    }

    private int storedSizes() {
        try (Workspace reader = Workspace.open(database, true, "Test reader")) {
            return new BoxSizeRepository(reader.database()).all().size();
        }
    }

    private <T extends Node> T node(String selector) {
        @SuppressWarnings("unchecked")
        T found = (T) reference.lookup(selector);
        assertThat(found).as(selector).isNotNull();
        return found;
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        window.waitUntil(condition);
    }
}
