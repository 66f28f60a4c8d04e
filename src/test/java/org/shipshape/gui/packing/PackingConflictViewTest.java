package org.shipshape.gui.packing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.gui.common.FxDialogService;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.labels.LabelsViewModel;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.model.packing.Package;
import org.shipshape.model.packing.PackageStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The conflict dialog in the real window: Bea weighed the box on her station while it was on Anna's screen. Anna's
 * Enter in the weight field brings up the sentence and Reload; Reload shows Bea's weight. The dialog's picture is
 * kept in target/screenshots/conflict-dialog.png for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class PackingConflictViewTest {
    private Workspace workspace;
    private Package box;

    @Start
    void start(Stage stage) throws IOException {
        Locale.setDefault(Locale.ENGLISH);
        Path folder = Files.createTempDirectory("packing-conflict");
        workspace = Workspace.open(folder.resolve("t.db"), false, "Anna");
        ShippingFixture fixture = new ShippingFixture(workspace);
        long shipment = fixture.shipment("MLI-2026-01", "20GP").id();
        box = fixture.box(shipment, "MLI-0042", null, PackageStatus.OPEN, new Dimensions(60, 40, 40));
        GuiContext context = new GuiContext(workspace, new CurrentThreadTaskExecutor(),
                new FxDialogService(stage, null), () -> { });
        PackingViewModel model = new PackingViewModel(context, new LabelsViewModel(context));
        stage.setScene(new Scene((Parent) new PackingView(model).root(), 1024, 700));
        stage.show();
        model.loadByNumber("MLI-0042");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aWeightOverAnotherStationsWeightAsksToReloadAndReloadShowsTheirs(FxRobot robot) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        workspace.setUser("Bea"); // the next volunteer at this station weighs the box through another screen
        new PackingService(workspace).setGrossWeight(box.id(), new BigDecimal("14.5"));
        workspace.setUser("Anna");

        robot.clickOn("#packing-weight").eraseText(8).write("9").type(KeyCode.ENTER);

        DialogPane dialog = robot.lookup("#confirm-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Changed on another station");
        assertThat(dialog.getContentText()).startsWith("Package MLI-0042 was changed on another station by Bea (")
                .endsWith("Reload it to see the changes, then edit again.");
        keepPicture(robot.capture(dialog.getScene().getRoot()).getImage(), Path.of("target", "screenshots",
                "conflict-dialog.png"));
        Button reload = (Button) dialog.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(dialog::lookupButton)
                .findFirst().orElseThrow();
        assertThat(reload.getText()).isEqualTo("Reload");
        robot.clickOn(reload);

        assertThat(robot.lookup("#packing-weight").queryAs(TextField.class).getText()).isEqualTo("14.5");
        assertThat(new PackingService(workspace).details(box.id()).pkg().grossKg()).isEqualByComparingTo("14.5");
    }

    private static void keepPicture(Image image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                copy.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(copy, "png", file.toFile());
        assertThat(Files.size(file)).isPositive();
    }
}
