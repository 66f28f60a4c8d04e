package org.shipshape.gui.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.customs.CustomsFixture;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.PackProblem;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.PackageKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.shipshape.logic.text.Texts.english;

@ExtendWith(ApplicationExtension.class)
class DocumentsViewTest {
    @TempDir
    static Path folder;
    private Workspace workspace;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(folder, "db");
        workspace = Workspace.open(dir.resolve("t.db"), false, "Test volunteer");
        CustomsFixture fixture = new CustomsFixture(workspace);
        long ready = fixture.completeShipment("MLI-2026-01", Language.FR);
        long blocked = fixture.shipment("MDA-2026-01", "MD", Language.RO);
        fixture.pkg(blocked, "MDA-001", PackageKind.BOX, new Dimensions(40, 30, 30), "5.000", List.of(
                CustomsFixture.line(fixture.categoryId("Soft toys"), "Plush bears", "12", "pcs", Condition.USED_GOOD,
                        "0", "2.000", null, null)));
        assertThat(ready).isPositive();
        dialogs.folder = Files.createTempDirectory(folder, "out");
        DocumentsView view = new DocumentsView(new GuiContext(workspace, new CurrentThreadTaskExecutor(), dialogs,
                () -> { }));
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aShipmentWithBlockingProblemsListsThemAndDisablesTheFinalPack(FxRobot robot) {
        robot.interact(() -> shipmentBox(robot).setValue("MDA-2026-01"));
        WaitForAsyncUtils.waitForFxEvents();

        List<PackProblem> problems = new java.util.ArrayList<>();
        robot.lookup("#documents-problems").queryAs(javafx.scene.control.TreeView.class).getRoot().getChildren()
                .forEach(item -> collect((javafx.scene.control.TreeItem<?>) item, problems));
        assertThat(problems).anyMatch(p -> p.isBlocking() && english(p.problem()).contains("value of zero"));
        assertThat(problems).anyMatch(p -> p.isBlocking() && english(p.problem()).contains("forwarder"));
        assertThat(robot.lookup("#documents-write-final").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#documents-write-draft").queryButton().isDisabled()).isFalse();
    }

    @Test
    void writingTheFinalPackStoresARevisionAndOpensThePackingList(FxRobot robot) {
        robot.interact(() -> shipmentBox(robot).setValue("MLI-2026-01"));
        Button finalPack = robot.lookup("#documents-write-final").queryButton();
        assertThat(finalPack.isDisabled()).isFalse();

        robot.clickOn(finalPack);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.opened).containsExactly(dialogs.folder.resolve("packing-list.pdf"));
        assertThat(Files.exists(dialogs.folder.resolve("proforma-invoice.pdf"))).isTrue();
        assertThat(robot.lookup("#documents-revisions").queryListView().getItems()).hasSize(6);
        assertThat(robot.lookup("#documents-status").queryLabeled().getText()).contains("revision 1");
        assertThat(dialogs.errors).isEmpty();
    }

    private static void collect(javafx.scene.control.TreeItem<?> item, List<PackProblem> into) {
        if (item.getValue() instanceof PackProblem problem) {
            into.add(problem);
        }
        item.getChildren().forEach(child -> collect(child, into));
    }

    @Test
    void thePrintRowOffersCopiesOfEachDocumentAndWaitsForAPackAndAPrinter(FxRobot robot) {
        assertThat(robot.lookup("#documents-copies-packing-list").tryQuery()).isPresent();
        assertThat(robot.lookup("#documents-copies-door-summary").tryQuery()).isPresent();
        assertThat(robot.lookup("#documents-print").queryButton().isDisabled()).isTrue();

        robot.interact(() -> shipmentBox(robot).setValue("MLI-2026-01"));
        robot.clickOn("#documents-write-draft");
        WaitForAsyncUtils.waitForFxEvents();

        // the pack is there to print; without a printer chosen (this machine has none) Print stays disabled
        assertThat(robot.lookup("#documents-print").queryButton().isDisabled()).isTrue();
        robot.interact(() -> ((javafx.scene.control.ComboBox<String>) robot.lookup("#documents-printer").query())
                .getItems().setAll("Office laser"));
        robot.interact(() -> ((javafx.scene.control.ComboBox<String>) robot.lookup("#documents-printer").query())
                .setValue("Office laser"));
        assertThat(robot.lookup("#documents-print").queryButton().isDisabled()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static javafx.scene.control.ComboBox<String> shipmentBox(FxRobot robot) {
        return (javafx.scene.control.ComboBox<String>) robot.lookup("#documents-shipment").query();
    }
}
