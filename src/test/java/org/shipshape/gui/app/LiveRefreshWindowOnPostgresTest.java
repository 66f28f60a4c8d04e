package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.gui.support.RecordingDialogs;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.shipments.ShippingFixture;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.db.PostgresTestServer;
import org.testfx.api.FxRobot;

/**
 * The real window follows another station on the same server by its own clock (docs/decisions/0012): Anna's window
 * shows the loading screen and then the packing list of a shipment; Bea, on her own connection, loads a package and
 * packs a new one, and Anna's screens show it without anyone touching them. Nothing is timed: the test waits for
 * what the screen shows, up to a limit far above the window's one-second poll.
 */
@ExtendWith(PostgresTestServer.class)
class LiveRefreshWindowOnPostgresTest {
    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppWindow window;
    private Workspace bea;
    private Shipment shipment;

    @BeforeEach
    void startAnnasWindow() throws Exception {
        String address = PostgresTestServer.freshAddress();
        bea = Workspace.openServer(address, false, "Bea");
        ShippingFixture fixture = new ShippingFixture(bea);
        shipment = fixture.shipment("MLI-2026-01", "20GP");
        fixture.sealedBoxes(shipment.id(), "MLI", 3);
        // the window remembers the server it opened: in a list of its own, not in the one other window tests read
        window = AppWindow.on(new StartupOptions(folder.resolve("not-used.db"), address, false, "Anna"))
                .dialogs(dialogs).start(robot);
    }

    @AfterEach
    void stopTheApp() throws Exception {
        try {
            window.close();
        } finally {
            bea.close();
        }
    }

    @Test
    void aLoadAndANewPackageAtAnotherStationShowInTheWindowWithoutATouch() {
        showSection("loading");
        choose("#loading-shipment", choice -> choice instanceof Shipment s && s.id() == shipment.id());
        waitUntil(() -> loadingCount().equals("loaded 0 of 3"));

        assertThat(new LoadingService(bea).load(shipment.id(), "MLI-0002").done()).isTrue();

        waitUntil(() -> loadingCount().equals("loaded 1 of 3") && rows("#loading-pick-list") == 2);

        showSection("packing");
        choose("#packing-shipment", choice -> choice.toString().contains("MLI-2026-01"));
        waitUntil(() -> rows("#packing-list") == 3);

        String number = new PackingService(bea).newPackage(shipment.id(), PackageKind.BOX, null).number();

        waitUntil(() -> rows("#packing-list") == 4);
        assertThat(robot.lookup("#packing-list").queryTableView().getItems().toString()).contains(number);
        assertThat(dialogs.errors).isEmpty();
    }

    private void showSection(String id) {
        window.select(id);
        waitUntil(() -> robot.lookup("#" + id).tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private void choose(String comboId, Predicate<Object> wanted) {
        waitUntil(() -> robot.lookup(comboId).queryAs(ComboBox.class).getItems().stream().anyMatch(wanted));
        robot.interact(() -> {
            ComboBox<Object> combo = robot.lookup(comboId).queryAs(ComboBox.class);
            combo.getItems().stream().filter(wanted).findFirst().ifPresent(combo.getSelectionModel()::select);
        });
    }

    private String loadingCount() {
        return robot.lookup("#loading-count").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private int rows(String tableId) {
        return robot.lookup(tableId).tryQueryAs(TableView.class).map(table -> table.getItems().size()).orElse(-1);
    }

    private void waitUntil(BooleanSupplier condition) {
        window.waitUntil(condition, () -> "loading count: " + loadingCount() + ", pick list "
                + rows("#loading-pick-list") + " rows, packing list " + rows("#packing-list") + " rows; errors: "
                + dialogs.errors);
    }
}
