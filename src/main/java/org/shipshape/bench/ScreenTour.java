package org.shipshape.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.shipshape.gui.app.ShipshapeApp;
import org.shipshape.logic.workspace.StartupOptions;
import org.shipshape.model.shipments.Shipment;

/**
 * Opens the real window (on whatever display there is: a virtual one under Xvfb for the screenshot script), sized
 * as a laptop screen, and visits every section: a picture of each, and the times a volunteer waits for: start to
 * usable window, the inventory's first fill, and scans on a large shipment. Measures from outside the screens, as
 * the benchmark does; tests never time anything.
 */
final class ScreenTour {
    private static final long TIMEOUT_MS = 180_000;
    private final Consumer<String> report;

    ScreenTour(Consumer<String> report) {
        this.report = report;
    }

    /** What one tour measured, in milliseconds; -1 where not measured. */
    record Times(long startToUsable, long inventoryFirstFill, int inventoryRows, List<Long> scans) {
    }

    /**
     * @param scanShipment a shipment to scan waiting packages of, or null
     * @param scans        how many scans to time
     */
    Times run(Path database, int width, int height, Path pictures, String prefix, String scanShipment, int scans)
            throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Platform.setImplicitExit(false);
        ShipshapeApp app = new ShipshapeApp(new StartupOptions(database, false, "Screenshot tour"));
        Stage stage = onFx(() -> {
            Stage window = new Stage();
            app.start(window);
            return window;
        });
        app.shown().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        long startToUsable = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        onFx(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        Scene scene = stage.getScene();
        TabPane tabs = (TabPane) scene.lookup("#sections");
        long inventoryFill = -1;
        int inventoryRows = 0;
        List<Long> scanTimes = new ArrayList<>();
        int number = 0;
        for (Tab tab : onFx(() -> List.copyOf(tabs.getTabs()))) {
            String id = tab.getId().substring("section-".length());
            long asked = System.nanoTime();
            onFx(() -> {
                tabs.getSelectionModel().select(tab);
                return null;
            });
            if (id.equals("inventory")) {
                // rows shown, or (an empty warehouse) the sentence saying there are none: a table not yet laid out
                // shows neither, so a time limit would end the wait before its rows came
                waitFor(() -> noneLoading(scene) && inventoryShown(scene));
                inventoryFill = (System.nanoTime() - asked) / 1_000_000;
                inventoryRows = onFx(() -> ((TableView<?>) scene.lookup("#inventory-table")).getItems().size());
            }
            waitFor(() -> noneLoading(scene));
            settle();
            picture(scene, pictures.resolve(String.format("%s-%02d-%s.png", prefix, ++number, id)));
            if (id.equals("loading") && scanShipment != null) {
                scanTimes.addAll(scan(scene, scanShipment, scans));
                settle();
                picture(scene, pictures.resolve(String.format("%s-%02d-%s-scanned.png", prefix, number, id)));
            }
        }
        pictureReferenceData(scene, pictures, prefix, number);
        onFx(() -> {
            stage.close();
            app.stop();
            return null;
        });
        return new Times(startToUsable, inventoryFill, inventoryRows, scanTimes);
    }

    /** File > Reference data, as a volunteer opens it: a picture of each of its editors (box sizes, label stocks...). */
    private void pictureReferenceData(Scene main, Path pictures, String prefix, int sectionsPictured)
            throws Exception {
        onFx(() -> {
            MenuBar menus = (MenuBar) main.lookup(".menu-bar");
            menus.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> "menu-reference-data".equals(item.getId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No File > Reference data")).fire();
            return null;
        });
        waitFor(() -> Window.getWindows().stream().anyMatch(ScreenTour::isReferenceData));
        Stage window = onFx(() -> (Stage) Window.getWindows().stream().filter(ScreenTour::isReferenceData)
                .findFirst().orElseThrow());
        Scene scene = window.getScene();
        TabPane tabs = (TabPane) scene.lookup("#reference-data");
        int number = sectionsPictured;
        for (Tab tab : onFx(() -> List.copyOf(tabs.getTabs()))) {
            onFx(() -> {
                tabs.getSelectionModel().select(tab);
                return null;
            });
            waitFor(() -> noneLoading(scene));
            settle();
            picture(scene, pictures.resolve(String.format("%s-%02d-%s.png", prefix, ++number,
                    tab.getId().substring("reference-tab-".length()))));
        }
        onFx(() -> {
            window.close();
            return null;
        });
    }

    private static boolean isReferenceData(Window window) {
        return window.isShowing() && window.getScene() != null
                && "reference-data-window".equals(window.getScene().getRoot().getUserData());
    }

    /** Chooses the shipment, then scans its first packages as a scanner does and times each answer. */
    @SuppressWarnings("unchecked")
    private List<Long> scan(Scene scene, String reference, int scans) throws Exception {
        ComboBox<Shipment> shipments = (ComboBox<Shipment>) scene.lookup("#loading-shipment");
        onFx(() -> {
            shipments.getItems().stream().filter(s -> s.reference().equals(reference)).findFirst()
                    .ifPresent(shipments::setValue);
            return null;
        });
        waitFor(() -> shipments.getValue() != null && shipments.getValue().reference().equals(reference)
                && !((Label) scene.lookup("#loading-count")).getText().isBlank() && noneLoading(scene));
        settle();
        List<Long> times = new ArrayList<>();
        TextField field = (TextField) scene.lookup("#loading-scan");
        Label last = (Label) scene.lookup("#loading-last-number");
        // the packages still waiting, so that every run of the tour loads others
        List<String> waiting = onFx(() -> ((TableView<org.shipshape.logic.shipments.ShipmentPackage>) scene.lookup(
                "#loading-pick-list")).getItems().stream().limit(scans).map(p -> p.number()).toList());
        Label refusal = (Label) scene.lookup("#loading-refusal");
        for (String number : waiting) {
            // a refusal of the scan before stays shown until this one's answer: it must not be taken for this answer
            String refusedBefore = onFx(refusal::getText);
            long asked = System.nanoTime();
            onFx(() -> {
                field.requestFocus();
                field.setText(number);
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "\r",
                        KeyCode.ENTER, false, false, false, false));
                return null;
            });
            waitFor(() -> number.equals(last.getText()) || refusalOf(number, refusal.getText(), refusedBefore));
            times.add((System.nanoTime() - asked) / 1_000_000);
            String refused = onFx(refusal::getText);
            if (!refused.isEmpty()) {
                report.accept("scan of " + number + " refused: " + refused);
            }
        }
        return times;
    }

    /** Whether the refusal shown answers the scan of this number: it names the package, or it is a new sentence. */
    static boolean refusalOf(String number, String shown, String shownBefore) {
        return !shown.isEmpty() && (shown.contains(number) || !shown.equals(shownBefore));
    }

    private static boolean inventoryShown(Scene scene) {
        TableView<?> table = (TableView<?>) scene.lookup("#inventory-table");
        if (table == null) {
            return false;
        }
        if (!table.getItems().isEmpty()) {
            // drawn: a row of the table holds an item (the rows are made on the pulse after the items arrive)
            return table.lookupAll(".table-row-cell").stream().anyMatch(row -> row instanceof javafx.scene.control
                    .TableRow<?> tableRow && tableRow.getItem() != null && shown(tableRow));
        }
        Node empty = table.lookup(".placeholder-text");
        return empty != null && shown(empty);
    }

    private static boolean noneLoading(Scene scene) {
        for (Node n : scene.getRoot().lookupAll(".loading")) {
            if (shown(n)) {
                return false;
            }
        }
        return true;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private void picture(Scene scene, Path file) throws Exception {
        BufferedImage image = onFx(() -> pixels(scene.snapshot(null)));
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report.accept("picture " + file);
    }

    /** The snapshot as an image ImageIO can write (javafx-swing is not part of the lean runtime). */
    private static BufferedImage pixels(javafx.scene.image.WritableImage snapshot) {
        int width = (int) snapshot.getWidth();
        int height = (int) snapshot.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            snapshot.getPixelReader().getPixels(0, y, width, 1,
                    javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    /** Lets charts, columns and text settle after the lists were filled (a few pulses). */
    private static void settle() throws Exception {
        for (int i = 0; i < 6; i++) {
            Thread.sleep(60);
            onFx(() -> null);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long until = System.currentTimeMillis() + TIMEOUT_MS;
        while (!onFx(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("The window did not get there within " + TIMEOUT_MS / 1000 + " s");
            }
            Thread.sleep(10);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }
}
