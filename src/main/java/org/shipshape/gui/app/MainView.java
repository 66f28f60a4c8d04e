package org.shipshape.gui.app;

import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.SectionView;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.Messages;

/** The main window's content: menu, sections as tabs, empty-database offer and status bar. */
public final class MainView {
    private final MainViewModel viewModel;
    private final Messages text = Messages.of(MainView.class);
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final List<Section> sections;
    private final Runnable onQuit;
    private final Runnable onAbout;
    private Menu fileMenu;
    private Runnable onStartEmpty = () -> { };
    private MenuBar menuBar;

    public MainView(MainViewModel viewModel, List<Section> sections, Runnable onQuit, Runnable onAbout) {
        this.viewModel = viewModel;
        this.sections = sections;
        this.onQuit = onQuit;
        this.onAbout = onAbout;
        root.setId("main-window");
        root.setTop(menuBar());
        root.setCenter(new VBox(emptyStateBanner(), tabs));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.setBottom(statusBar());
        buildTabs();
    }

    public Parent root() {
        return root;
    }

    private MenuBar menuBar() {
        MenuItem loadSample = new MenuItem(text.get("menu.loadSample"));
        loadSample.setId("menu-load-sample");
        loadSample.setOnAction(e -> onLoadSample());
        loadSample.disableProperty().bind(viewModel.databaseEmptyProperty().not().or(viewModel.busyProperty()));
        MenuItem quit = new MenuItem(text.get("menu.quit"));
        quit.setId("menu-quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> onQuit.run());
        Menu file = new Menu(text.get("menu.file"), null, loadSample, new javafx.scene.control.SeparatorMenuItem(),
                quit);
        file.setId("menu-file");
        fileMenu = file;

        Menu go = new Menu(text.get("menu.go"));
        go.setId("menu-go");
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            MenuItem item = new MenuItem(section.title());
            item.setId("menu-go-" + section.id());
            int index = i;
            if (i < 9) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                        KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> tabs.getSelectionModel().select(index));
            go.getItems().add(item);
        }

        MenuItem about = new MenuItem(text.get("menu.about"));
        about.setId("menu-about");
        about.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        about.setOnAction(e -> onAbout.run());
        Menu help = new Menu(text.get("menu.help"), null, about);
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, go, help);
        bar.setId("menu-bar");
        menuBar = bar;
        return bar;
    }

    private Region emptyStateBanner() {
        Label message = new Label(text.get("empty.message"));
        message.setWrapText(true);
        message.setId("empty-state-message");
        Button load = new Button(text.get("empty.loadSample"), new FontIcon("mdi2d-database-import"));
        load.setId("load-sample-button");
        load.setDefaultButton(true);
        load.disableProperty().bind(viewModel.busyProperty());
        load.setOnAction(e -> onLoadSample());
        Button startEmpty = new Button(text.get("empty.startEmpty"));
        startEmpty.setId("start-empty-button");
        startEmpty.setOnAction(e -> onStartEmpty());
        load.setMinWidth(Region.USE_PREF_SIZE); // the sentence wraps on a narrow window, the buttons stay whole
        startEmpty.setMinWidth(Region.USE_PREF_SIZE);
        HBox banner = new HBox(12, new FontIcon("mdi2i-information-outline"), message, load, startEmpty);
        HBox.setHgrow(message, Priority.ALWAYS);
        banner.setId("empty-state-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(10, 14, 10, 14));
        banner.getStyleClass().add("empty-state-banner");
        banner.visibleProperty().bind(viewModel.databaseEmptyProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Region statusBar() {
        Label database = new Label();
        database.setId("status-database");
        database.textProperty().bind(viewModel.databaseTextProperty());
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(viewModel.countsTextProperty());
        Label user = new Label();
        user.setId("status-user");
        user.textProperty().bind(viewModel.userTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, new FontIcon("mdi2d-database"), database, new Separator(
                javafx.geometry.Orientation.VERTICAL), counts, spacer, user);
        bar.setId("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void buildTabs() {
        tabs.setId("sections");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Section section : sections) {
            Tab tab = new Tab(section.title());
            tab.setId("section-" + section.id());
            tab.setUserData(section);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> show(selected));
        show(tabs.getSelectionModel().getSelectedItem());
    }

    private void show(Tab tab) {
        if (tab == null) {
            return;
        }
        Section section = (Section) tab.getUserData();
        if (tab.getContent() == null) {
            tab.setContent(section.view());
            // a screen built just now is not in the scene until the tab pane lays it out: focus it after that
            Platform.runLater(() -> {
                // unless the window was closed or another section chosen meanwhile
                boolean stillShown = tabs.getSelectionModel().getSelectedItem() == tab && tabs.getScene() != null
                        && tabs.getScene().getWindow() != null && tabs.getScene().getWindow().isShowing();
                if (stillShown) {
                    section.onShown();
                }
            });
            return;
        }
        section.onShown();
    }

    /** Adds items (such as the backup ones) to the File menu, above its separator and Quit. */
    public void addToFileMenu(List<MenuItem> items) {
        fileMenu.getItems().addAll(fileMenu.getItems().size() - 2, items);
    }

    /** Adds a menu (such as View) between Go and Help. */
    public void addMenuBeforeHelp(Menu menu) {
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, menu);
    }

    /** Lets the visible section re-read data changed elsewhere (sample data loaded, import finished). */
    public void refreshCurrentSection() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null) {
            ((Section) selected.getUserData()).onShown();
        }
    }

    /** Selects a section by id, for keyboard navigation and tests. */
    public void select(String sectionId) {
        tabs.getTabs().stream().filter(t -> t.getId().equals("section-" + sectionId)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void onLoadSample() {
        viewModel.loadSampleWarehouse();
    }

    private void onStartEmpty() {
        viewModel.dismissEmptyState();
        onStartEmpty.run();
    }

    /** What "Start empty" does besides hiding the offer: the organisation settings first, then the home screen. */
    public void setOnStartEmpty(Runnable action) {
        onStartEmpty = action;
    }
}
