package org.shipshape.gui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.support.Clipping;
import org.shipshape.gui.support.FxExceptions;
import org.shipshape.gui.support.HeldTaskExecutor;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.intake.Condition;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.store.inventory.InventoryFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({FxExceptions.class, ApplicationExtension.class})
class InventoryLoadingAndMoneyTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private final HeldTaskExecutor tasks = new HeldTaskExecutor();
    private Stage stage;
    private Locale before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        before = Locale.getDefault();
        workspace = Workspace.open(dir.resolve("inventory.db"), false, "Test volunteer");
        InventoryFixture fixture = new InventoryFixture(workspace.database());
        new ItemRepository(workspace.database()).insert(InventoryFixture.item(fixture.church, fixture.fridges,
                "industrial kitchen", "1", "10923302.56", "900", "2026-03-02", null, Condition.USED_GOOD));
    }

    @AfterEach
    void close() {
        Locale.setDefault(before);
        workspace.close();
    }

    private InventoryView show(FxRobot robot) {
        InventoryView[] view = new InventoryView[1];
        robot.interact(() -> {
            view[0] = new InventoryView(new GuiContext(workspace, tasks, new RecordingDialogs(), () -> { }));
            stage.setScene(new Scene((javafx.scene.Parent) view[0].root(), 1366, 700));
            stage.show();
            view[0].onShown();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    @Test
    void whileItemsAreLoadingTheTableSaysSoInsteadOfNoItems(FxRobot robot) {
        show(robot);
        assertThat(tasks.heldCount()).isPositive();

        TableView<?> table = robot.lookup("#inventory-table").queryAs(TableView.class);
        assertThat(table.lookupAll(".loading")).anyMatch(Clipping::isShown);
        assertThat(visibleTexts(table)).doesNotContain("No items match");

        robot.interact(tasks::runAll);
        assertThat(table.getItems()).hasSize(4);
        assertThat(table.lookupAll(".loading")).noneMatch(Clipping::isShown);
    }

    @Test
    void totalsShowMoneyWithItsCurrencyAndThousandsSeparators(FxRobot robot) {
        show(robot);
        robot.interact(tasks::runAll);
        String totals = robot.lookup("#inventory-totals").queryAs(Label.class).getText();
        assertThat(totals).contains(money(Locale.US, "10923382.56"));
    }

    @Test
    void totalsFollowTheUsersLocale(FxRobot robot) {
        Locale.setDefault(Locale.FRANCE);
        show(robot);
        robot.interact(tasks::runAll);
        String totals = robot.lookup("#inventory-totals").queryAs(Label.class).getText();
        assertThat(totals).contains(money(Locale.FRANCE, "10923382.56"));
    }

    private static String money(Locale locale, String amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(new BigDecimal(amount));
    }

    private static String visibleTexts(Node node) {
        StringBuilder all = new StringBuilder();
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                && Clipping.isShown(labeled)) {
            all.append(labeled.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> all.append(visibleTexts(child)));
        }
        return all.toString();
    }
}
