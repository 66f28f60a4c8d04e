package org.shipshape.gui.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.customs.CustomsFixture;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.PackageKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Documents screen says what is true: nothing about a shipment nobody chose, one line per kind of problem. */
@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class DocumentsMessagesTest {
    @TempDir
    static Path folder;
    private Workspace workspace;
    private CustomsFixture fixture;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        workspace = Workspace.open(Files.createTempDirectory(folder, "db").resolve("t.db"), false, "Test volunteer");
        fixture = new CustomsFixture(workspace);
        dialogs.folder = Files.createTempDirectory(folder, "out");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void show(FxRobot robot) {
        robot.interact(() -> {
            DocumentsView view = new DocumentsView(new GuiContext(workspace, new CurrentThreadTaskExecutor(), dialogs,
                    () -> { }));
            stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1024, 700));
            stage.show();
            view.onShown();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withoutAShipmentNothingClaimsThePackCanBePrinted(FxRobot robot) {
        show(robot);
        assertThat(allTexts(robot.lookup("#documents-view").query())).doesNotContain("can be printed")
                .doesNotContain("nothing blocks");
    }

    @Test
    void aWrittenDraftSaysItWasWritten(FxRobot robot) {
        fixture.completeShipment("MLI-2026-01", Language.FR);
        show(robot);
        robot.clickOn("#documents-write-draft");
        WaitForAsyncUtils.waitForFxEvents();

        String status = robot.lookup("#documents-status").queryAs(Label.class).getText();
        assertThat(status).contains(dialogs.folder.toString()).doesNotContainIgnoringCase("cancel");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void countsAreWordedForTheirNumberAndProblemsAreGroupedByKind(FxRobot robot) {
        long shipment = fixture.shipment("MDA-2026-01", "MD", Language.RO);
        for (int i = 1; i <= 30; i++) {
            fixture.pkg(shipment, String.format("MDA-%03d", i), PackageKind.BOX, new Dimensions(40, 30, 30), "5.000",
                    List.of(CustomsFixture.line(fixture.categoryId("Soft toys"), "Plush bears", "12", "pcs",
                            Condition.USED_GOOD, "0", "2.000", null, null)));
        }
        show(robot);

        String status = robot.lookup("#documents-status").queryAs(Label.class).getText();
        assertThat(status).doesNotContain("(s)");
        Node problems = robot.lookup("#documents-problems").query();
        int rows = problems instanceof TreeView<?> tree ? tree.getRoot().getChildren().size()
                : ((ListView<?>) problems).getItems().size();
        assertThat(rows).isBetween(1, 6);
    }

    @Test
    void theChosenShipmentStaysChosenWhenAnotherShipmentIsAdded(FxRobot robot) {
        fixture.completeShipment("MLI-2026-01", Language.FR);
        fixture.shipment("MDA-2026-01", "MD", Language.RO);
        DocumentsView view = showAndKeep(robot);
        robot.interact(() -> robot.lookup("#documents-shipment").<String>queryComboBox().setValue("MLI-2026-01"));
        WaitForAsyncUtils.waitForFxEvents();

        fixture.shipment("ARM-2026-01", "AM", Language.HY);
        robot.interact(view::onShown);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#documents-shipment").<String>queryComboBox().getValue()).isEqualTo("MLI-2026-01");
        assertThat(robot.lookup("#documents-shipment").<String>queryComboBox().getItems()).contains("ARM-2026-01");
        assertThat(robot.lookup("#documents-status").queryAs(Label.class).getText()).doesNotContain("Choose");
    }

    private DocumentsView showAndKeep(FxRobot robot) {
        DocumentsView[] view = new DocumentsView[1];
        robot.interact(() -> {
            view[0] = new DocumentsView(new GuiContext(workspace, new CurrentThreadTaskExecutor(), dialogs,
                    () -> { }));
            stage.setScene(new Scene((javafx.scene.Parent) view[0].root(), 1024, 700));
            stage.show();
            view[0].onShown();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    private static String allTexts(Node node) {
        StringBuilder all = new StringBuilder();
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                && labeled.isVisible()) {
            all.append(labeled.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> all.append(allTexts(child)));
        }
        return all.toString();
    }
}
