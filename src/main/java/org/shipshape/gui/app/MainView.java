package org.shipshape.gui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.HelpPage;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.common.Shortcut;

/**
 * The main window's content: menu, sections as tabs, empty-database offer and status bar. A section takes the keys
 * as soon as its tab shows: its view is built ahead of time, shown and focused within the key press that chose it.
 */
public final class MainView {
    private final MainViewModel viewModel;
    private final Messages text = Messages.of(MainView.class);
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final List<Section> sections;
    private final Runnable onQuit;
    private final Runnable onAbout;
    private final List<Shortcut> windowShortcuts = new ArrayList<>();
    /**
     * After a section is chosen, building the others ahead waits this long (its data is read and listed); after a key
     * or a click, too, so that a scan or a word typed in the first seconds is not held up by a screen built meanwhile.
     */
    private static final javafx.util.Duration YIELD_TO_THE_USER = javafx.util.Duration.seconds(1);
    private final PauseTransition aheadPaused = new PauseTransition(YIELD_TO_THE_USER);
    /**
     * Built ahead first, as soon as the window is usable and no chosen work is in hand, without waiting for home's
     * shipment reads: the inventory is the heaviest screen (a table of every item, its filters) and the one a
     * volunteer opens first to look goods up; built when chosen, most of its first fill was its construction and
     * first styling on the window's thread (docs/PERFORMANCE.md, rounds 6 and 7; ADR 0029).
     */
    static final String BUILT_AHEAD_FIRST = "inventory";
    /** Set on the FX thread; cleared from whichever thread stops the application. */
    private volatile boolean buildingAhead;
    /** Tabs whose section's nodes were made ahead but not yet put in the window. */
    private final java.util.Set<Tab> viewsMadeAhead = new java.util.HashSet<>();
    /** Tabs whose section was put in the window and styled ahead, but is not laid out yet (its third turn). */
    private final java.util.Set<Tab> placedNotLaidOut = new java.util.HashSet<>();
    private Menu fileMenu;
    private Runnable onStartEmpty = () -> { };
    private MenuBar menuBar;
    private Runnable onUserGuide = () -> { };
    private java.util.function.BiConsumer<String, List<HelpPage>> helpShower = (title, pages) -> { };

    public MainView(MainViewModel viewModel, List<Section> sections, Runnable onQuit, Runnable onAbout) {
        this.viewModel = viewModel;
        this.sections = sections;
        this.onQuit = onQuit;
        this.onAbout = onAbout;
        root.setId("main-window");
        root.setTop(menuBar());
        VBox center = new VBox(tabs);
        root.setCenter(center);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        addEmptyStateBannerWhenEmpty(center);
        root.setBottom(statusBar());
        buildTabs();
        pauseBuildingAheadOnInput();
        viewModel.dataReplacedProperty().addListener((obs, old, now) -> refreshCurrentSection());
    }

    public Parent root() {
        return root;
    }

    /** Where help goes: the dialog service of the window. */
    public void setHelp(java.util.function.BiConsumer<String, List<HelpPage>> shower, Runnable userGuide) {
        this.helpShower = shower;
        this.onUserGuide = userGuide;
    }

    private MenuBar menuBar() {
        MenuItem loadSample = new MenuItem(text.get("menu.loadSample"));
        loadSample.setId("menu-load-sample");
        loadSample.setOnAction(e -> onLoadSample());
        loadSample.disableProperty().bind(viewModel.databaseEmptyProperty().not().or(viewModel.busyProperty()));
        MenuItem quit = item("menu-quit", text.get("menu.quit"), new KeyCodeCombination(KeyCode.Q,
                KeyCombination.SHORTCUT_DOWN), onQuit);
        Menu file = new Menu(text.get("menu.file"), null, loadSample, new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        fileMenu = file;

        Menu go = new Menu(text.get("menu.go"));
        go.setId("menu-go");
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            int index = i;
            KeyCombination keys = i < 9 ? new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN) : null;
            go.getItems().add(item("menu-go-" + section.id(), section.title(), keys,
                    () -> tabs.getSelectionModel().select(index)));
        }

        MenuItem screenHelp = item("menu-help-screen", text.get("menu.helpScreen"), new KeyCodeCombination(KeyCode.F1),
                this::onScreenHelp);
        MenuItem sheet = item("menu-help-shortcuts", text.get("menu.shortcuts"), null, this::onShortcutSheet);
        MenuItem guide = item("menu-help-guide", text.get("menu.userGuide"), null, () -> onUserGuide.run());
        MenuItem about = item("menu-about", text.get("menu.about"), null, onAbout);
        Menu help = new Menu(text.get("menu.help"), null, screenHelp, sheet, guide, new SeparatorMenuItem(), about);
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, go, help);
        bar.setId("menu-bar");
        menuBar = bar;
        return bar;
    }

    /** A menu item; its keys are shown in the menu and listed on the shortcut sheet. */
    private MenuItem item(String id, String label, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setId(id);
        if (keys != null) {
            item.setAccelerator(keys);
            windowShortcuts.add(new Shortcut(keys, label));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * The empty-database offer is built the first time the database is empty: a warehouse with goods never shows it,
     * and its nodes no longer add to the first frame's styling and layout (issue 16, ADR 0032).
     */
    private void addEmptyStateBannerWhenEmpty(VBox center) {
        if (viewModel.databaseEmptyProperty().get()) {
            center.getChildren().add(0, emptyStateBanner());
            return;
        }
        viewModel.databaseEmptyProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was,
                    Boolean empty) {
                if (empty) {
                    observable.removeListener(this);
                    center.getChildren().add(0, emptyStateBanner());
                }
            }
        });
    }

    private Region emptyStateBanner() {
        Label message = new Label(text.get("empty.message"));
        message.setWrapText(true);
        message.setMinWidth(200);
        message.setId("empty-state-message");
        Button load = new Button(text.get("empty.loadSample"), new FontIcon("mdi2d-database-import"));
        load.setId("load-sample-button");
        load.disableProperty().bind(viewModel.busyProperty());
        load.setOnAction(e -> onLoadSample());
        Button startEmpty = new Button(text.get("empty.startEmpty"));
        startEmpty.setId("start-empty-button");
        startEmpty.setOnAction(e -> onStartEmpty());
        FlowPane buttons = new FlowPane(8, 6, load, startEmpty);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox banner = new HBox(12, new FontIcon("mdi2i-information-outline"), message, buttons);
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
        Tooltip path = new Tooltip();
        path.textProperty().bind(viewModel.databasePathProperty());
        database.setTooltip(path);
        database.setMinWidth(Region.USE_PREF_SIZE);
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(viewModel.countsTextProperty());
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Label user = new Label();
        user.setId("status-user");
        user.textProperty().bind(viewModel.userTextProperty());
        user.setMinWidth(Region.USE_PREF_SIZE);
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
        // A tab's content turns visible when the tab's own "selected" turns true (the skin listens to it, and the
        // skin's listener comes first); showing the section after that lets it take the focus within the same key
        // press that chose it, so the next key already reaches it.
        tabs.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null && old == null) {
                for (Tab tab : tabs.getTabs()) {
                    tab.selectedProperty().addListener((o, was, selected) -> {
                        if (selected) {
                            show(tab);
                        }
                    });
                }
            }
        });
        show(tabs.getSelectionModel().getSelectedItem());
    }

    private void show(Tab tab) {
        if (tab == null) {
            return;
        }
        Section section = (Section) tab.getUserData();
        viewsMadeAhead.remove(tab); // chosen between its first two turns: it is put in its tab now
        if (tab.getContent() == null) {
            if (buildingAhead) {
                // the chosen section reads and lists its data first: building the others would hold up its rows
                aheadPaused.playFromStart();
            }
            tab.setContent(section.view());
            if (tab.getContent().getScene() != null) {
                // the tab pane's skin puts new content in the scene at once: with its skins made now the section
                // takes the focus within the key press that chose it, so a scanner's next keys, already queued
                // behind this one, reach its field (after a later turn they went to the section before)
                tab.getContent().applyCss();
                showWithKeyboard(tab);
                return;
            }
            if (section.readsOnlyWhenShown()) {
                // the window's first section (home): its reads run on the worker while this thread styles, lays out
                // and shows the window, rather than starting only after the first frame
                section.onShown();
                return;
            }
            // without the tab pane's skin the screen is not in the scene until it is laid out: focus it after that
            Platform.runLater(() -> {
                // unless the window was closed or another section chosen meanwhile
                boolean stillShown = tabs.getSelectionModel().getSelectedItem() == tab && tabs.getScene() != null
                        && tabs.getScene().getWindow() != null && tabs.getScene().getWindow().isShowing();
                if (stillShown) {
                    showWithKeyboard(tab);
                }
            });
            return;
        }
        layOut(tab); // chosen before its last turn built ahead
        // skins (a split pane's or a scroll pane's, which hold the fields) are made on the next pulse unless asked
        // now; the section can only give its field the focus once the field is really in the window
        tab.getContent().applyCss();
        viewModel.refresh();
        showWithKeyboard(tab);
    }

    /**
     * Tells the section it is shown and gives it the keyboard unless it took it itself (a field): left on the tabs
     * or on the section shown before, now hidden, the keys went there, so the shown section's own shortcuts (Ctrl+F
     * on the inventory right after Ctrl+3) did nothing. Ctrl+Tab still moves between tabs (the tab pane hears it
     * from any screen in it).
     */
    private void showWithKeyboard(Tab tab) {
        ((Section) tab.getUserData()).onShown();
        Node content = tab.getContent();
        if (content == null || content.getScene() == null) {
            return;
        }
        Node owner = content.getScene().getFocusOwner();
        for (Node node = owner; node != null; node = node.getParent()) {
            if (node == content) {
                return;
            }
        }
        content.requestFocus();
    }

    /**
     * Builds the views of the sections not shown yet, one at a time and each only after the background work queued
     * before it (a chosen section's reads), so that keys typed and rows listed meanwhile are not held up; a section
     * then opens at once when chosen.
     */
    public void buildSectionsAhead() {
        buildingAhead = true;
        aheadPaused.setOnFinished(e -> viewModel.afterQueuedWork(this::buildNextSectionAhead));
        viewModel.whenNoWorkInHand(this::buildFirstAhead);
    }

    /**
     * Builds {@link #BUILT_AHEAD_FIRST} first, then the others ({@link #buildNextSectionAhead}), each in three turns of
     * the window's thread: its nodes, then (once no work is in hand) its place in the window with its styles, then its
     * layout, so that the window draws and answers keys in between.
     */
    private void buildFirstAhead() {
        if (!mayBuildAhead()) {
            return; // closed, or a section was chosen: the end of its pause builds the rest
        }
        Optional<Tab> first = tabs.getTabs().stream().filter(tab -> tab.getContent() == null)
                .filter(tab -> BUILT_AHEAD_FIRST.equals(((Section) tab.getUserData()).id())).findFirst();
        if (first.isEmpty()) {
            viewModel.afterQueuedWork(this::buildNextSectionAhead);
            return;
        }
        makeViewAhead(first.get());
        viewModel.whenNoWorkInHand(() -> {
            if (mayBuildAhead()) {
                placeAhead(first.get());
                viewModel.afterQueuedWork(this::buildNextSectionAhead);
            }
        });
    }

    /**
     * A key or a click pauses building ahead: a section built in the same turn took 100-500 ms of the window's thread
     * in the first seconds after a cold start (docs/PERFORMANCE.md, round 14), and the next keys of a scan waited that
     * long. Building goes on once the user has paused for {@link #YIELD_TO_THE_USER}.
     */
    private void pauseBuildingAheadOnInput() {
        // also before building has begun: it then begins only once the user pauses
        javafx.event.EventHandler<javafx.event.Event> pause = input -> aheadPaused.playFromStart();
        root.addEventFilter(KeyEvent.KEY_PRESSED, pause);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, pause);
        root.addEventFilter(ScrollEvent.SCROLL, pause);
    }

    private boolean mayBuildAhead() {
        boolean windowOpen = tabs.getScene() != null && tabs.getScene().getWindow() != null
                && tabs.getScene().getWindow().isShowing();
        return buildingAhead && windowOpen && aheadPaused.getStatus() != Animation.Status.RUNNING;
    }

    /**
     * Builds one section not built yet, then asks for the next once the background work queued by then is done: what
     * was queued meanwhile (a key, a chosen section reading its data) runs in between instead of after every section.
     */
    private void buildNextSectionAhead() {
        if (!mayBuildAhead()) {
            return; // a closed window needs no more sections; a paused build resumes when the pause ends
        }
        Optional<Tab> placed = placedNotLaidOut.stream().findFirst();
        Optional<Tab> next = tabs.getTabs().stream().filter(tab -> tab.getContent() == null)
                .min(java.util.Comparator.comparing(tab -> !BUILT_AHEAD_FIRST.equals(((Section) tab.getUserData())
                        .id())));
        if (placed.isPresent()) {
            layOut(placed.get());
        } else if (next.isEmpty()) {
            buildingAhead = false;
            return;
        } else if (viewsMadeAhead.contains(next.get())) {
            placeAhead(next.get());
        } else {
            makeViewAhead(next.get());
        }
        // the view just placed queued its first reads: the next step comes after them, not between them and the screen
        viewModel.afterQueuedWork(this::buildNextSectionAhead);
    }

    /** The first of a section's three turns built ahead: its nodes, outside the window. */
    private void makeViewAhead(Tab tab) {
        ((Section) tab.getUserData()).view();
        viewsMadeAhead.add(tab);
    }

    /**
     * The second: the section's nodes put in its (hidden) tab and styled, the skins of its controls made. Left out of
     * the tab's layout until its third turn ({@link #layOut}): a screen's first layout (a table making its first rows)
     * took as long as its styling in the first seconds after a cold start, and came in the pulse right after it, so
     * a key waited for both (docs/PERFORMANCE.md, round 16).
     */
    private void placeAhead(Tab tab) {
        viewsMadeAhead.remove(tab);
        Node content = ((Section) tab.getUserData()).view();
        // not managed: the tab does not size it, so it is laid out at no size, making no rows
        content.setManaged(false);
        placedNotLaidOut.add(tab);
        tab.setContent(content);
        content.applyCss();
    }

    /** The third: the section given its size in the tab; the next pulse lays it out. */
    private void layOut(Tab tab) {
        if (placedNotLaidOut.remove(tab)) {
            tab.getContent().setManaged(true);
        }
    }

    /** Builds no more sections ahead: the window is closing or being replaced, and views read their data. */
    public void stopBuildingAhead() {
        buildingAhead = false; // a pause still running ends in a step that sees this and builds nothing
    }

    /** Gives the shown section the keyboard (after the window appeared). */
    public void focusCurrentSection() {
        refreshCurrentSection();
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

    /** The sections in order, for the screenshot tour. */
    public List<String> sectionIds() {
        return sections.stream().map(Section::id).toList();
    }

    private void onScreenHelp() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        Section section = (Section) selected.getUserData();
        helpShower.accept(text.get("help.title", section.title()), List.of(page(section), windowPage()));
    }

    private void onShortcutSheet() {
        List<HelpPage> pages = new ArrayList<>();
        pages.add(windowPage());
        for (Section section : sections) {
            section.view();
            pages.add(page(section));
        }
        helpShower.accept(text.get("shortcuts.title"), pages);
    }

    private HelpPage page(Section section) {
        Optional<SectionView> view = section.builtView();
        return new HelpPage(section.title(), view.map(SectionView::helpText).filter(s -> !s.isBlank())
                .orElse(text.get("help.noText")), view.map(SectionView::shortcuts).orElse(List.of()));
    }

    private HelpPage windowPage() {
        return new HelpPage(text.get("help.window"), text.get("help.windowText"), windowShortcuts);
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
