package org.shipshape.gui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import org.shipshape.model.inventory.InventoryRow;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.categories.CategoriesView;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.donors.DonorsView;
import org.shipshape.gui.imports.ImportView;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.inventory.InventoryFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class InventoryViewTest {
    /** One database per test in the class's folder. */
    private static final java.util.concurrent.atomic.AtomicInteger DATABASES = new java.util.concurrent.atomic.AtomicInteger();
    @TempDir
    static Path dir;
    private Workspace workspace;
    private GuiContext context;
    private StackPane holder;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve("inventory-" + DATABASES.incrementAndGet() + ".db"), false, "Test volunteer");
        new InventoryFixture(workspace.database());
        context = new GuiContext(workspace, new CurrentThreadTaskExecutor(), new RecordingDialogs(), () -> { });
        holder = new StackPane();
        stage.setScene(new Scene(holder, 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void show(FxRobot robot, SectionView view) {
        robot.interact(() -> {
            holder.getChildren().setAll((Parent) view.root());
            view.onShown();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingInTheSearchFieldFiltersTheTableAndTotals(FxRobot robot) {
        show(robot, new InventoryView(context));
        TableView<?> table = robot.lookup("#inventory-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        robot.clickOn("#inventory-search").write("bosch").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#inventory-totals").queryAs(Label.class).getText()).startsWith("1 item,")
                .contains("45.0 kg");
    }

    @Test
    void theDonorFilterIsAsWideAsTheDonorsItShowsFirstNotAsTheWidestOfAll(FxRobot robot) {
        org.shipshape.store.donors.DonorRepository donors = new org.shipshape.store.donors.DonorRepository(
                workspace.database());
        for (int i = 1; i <= 2 * InventoryView.MEASURED_CHOICES; i++) {
            donors.insert(org.shipshape.model.donors.Donor.named(String.format("Donor %02d", i),
                    org.shipshape.model.donors.DonorKind.INDIVIDUAL));
        }
        String longest = "Zwijndrecht " + "and surrounding villages ".repeat(6) + "parish relief committee";
        donors.insert(org.shipshape.model.donors.Donor.named(longest, org.shipshape.model.donors.DonorKind.INDIVIDUAL));
        show(robot, new InventoryView(context));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.shipshape.model.donors.Donor> filter = robot.lookup("#inventory-donor")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(filter.getItems()).extracting(org.shipshape.model.donors.Donor::name).contains(longest);
        javafx.scene.text.Text measure = new javafx.scene.text.Text(longest);
        // measured over every donor, the box would be wider than the longest name (2,000 on a large warehouse)
        assertThat(filter.getWidth()).isPositive().isLessThan(measure.getLayoutBounds().getWidth());
        robot.clickOn("#inventory-donor");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filter.isShowing()).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theRowsMadeWhileTheScreenWasHiddenShowItsItemsOnceItIsShown(FxRobot robot) {
        InventoryView view = new InventoryView(context);
        StackPane hiding = new StackPane(view.root());
        TableView<InventoryRow> table = inventoryTable(view);
        robot.interact(() -> {
            // as when the window builds the screen ahead: in the scene, styled and laid out, but not visible
            hiding.setVisible(false);
            holder.getChildren().setAll(hiding);
            holder.applyCss();
            holder.layout();
        });
        // one stand-in more per frame, not a screenful in one layout (a second or more in a cold start)
        List<Integer> listed = new ArrayList<>();
        javafx.animation.AnimationTimer perFrame = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                listed.add(table.getItems().size());
            }
        };
        robot.interact(perFrame::start);
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.interact(perFrame::stop);
        assertThat(listed).as("stand-ins listed, frame by frame").hasSizeGreaterThan(40).last().isEqualTo(100);
        assertThat(listed.get(0)).as("stand-ins listed in the first frames watched").isLessThan(20);
        for (int frame = 1; frame < listed.size(); frame++) {
            int before = listed.get(frame - 1);
            int after = listed.get(frame);
            // a screenful one by one; past that the rest at once (no rows are made for them)
            assertThat(after - before <= 1 || before >= 40 && after == 100)
                    .as("stand-ins from %d to %d in one frame", before, after).isTrue();
        }
        robot.interact(() -> {
            holder.applyCss();
            holder.layout();
        });
        Set<Node> madeWhileHidden = Set.copyOf(table.lookupAll(".table-row-cell"));
        assertThat(madeWhileHidden).as("rows made while hidden").isNotEmpty();
        double rowHeight = ((TableRow<?>) madeWhileHidden.iterator().next()).getHeight();
        // a screenful: the table's height less its header, in rows
        assertThat(madeWhileHidden).as("rows made while hidden").hasSizeGreaterThanOrEqualTo(
                (int) ((table.getHeight() - 40) / rowHeight));

        robot.interact(() -> hiding.setVisible(true));
        assertThat(table.getItems()).as("nothing but the screen's own rows once visible").isEmpty();
        robot.interact(view::onShown);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            holder.applyCss();
            holder.layout();
        });

        assertThat(table.getItems()).hasSize(3).allMatch(row -> row.id() > 0);
        List<TableRow<?>> showingItems = table.lookupAll(".table-row-cell").stream()
                .<TableRow<?>>map(row -> (TableRow<?>) row).filter(row -> row.isVisible() && !row.isEmpty()).toList();
        assertThat(showingItems).as("the items shown in the rows made while hidden").hasSize(3)
                .allMatch(madeWhileHidden::contains);
    }

    @Test
    void aScreenShownAtOnceListsOnlyItsOwnRows(FxRobot robot) {
        InventoryView view = new InventoryView(context);
        TableView<InventoryRow> table = inventoryTable(view);
        List<Object> listed = new ArrayList<>();
        table.itemsProperty().addListener((obs, old, now) -> listed.add(now));

        show(robot, view);

        assertThat(table.getItems()).hasSize(3).allMatch(row -> row.id() > 0);
        assertThat(listed).as("the table kept the list it was built with").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static TableView<InventoryRow> inventoryTable(InventoryView view) {
        return (TableView<InventoryRow>) view.root().lookup("#inventory-table");
    }

    @Test
    void donorsCategoriesAndImportScreensOpen(FxRobot robot) {
        show(robot, new DonorsView(context));
        assertThat(robot.lookup("#donors-list").tryQuery()).isPresent();
        show(robot, new CategoriesView(context));
        assertThat(robot.lookup("#categories-table").queryAs(TableView.class).getItems()).hasSizeGreaterThan(40);
        show(robot, new ImportView(context));
        assertThat(robot.lookup("#import-run").queryButton().isDisabled()).isTrue();
    }
}
