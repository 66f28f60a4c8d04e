package org.shipshape.gui.planning;

import java.util.ArrayList;
import java.util.List;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.Shortcut;
import org.shipshape.gui.common.Shortcuts;
import org.shipshape.gui.common.SectionView;
import org.shipshape.logic.planning.CategoryPalette;
import org.shipshape.logic.planning.ShipmentPlan;
import org.shipshape.logic.planning.ShipmentPlanService;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.Placement;

/**
 * The load plan screen: pick a shipment, plan its container, look at the plan in 3D and step through the loading
 * order. One {@link Box} per package; materials are shared per category so 1,500 packages stay smooth, and a step
 * only touches the packages whose state changes.
 */
public final class LoadPlanView implements SectionView {
    private static final double EDGE_CM = 2;
    private static final double GAP_CM = 1;
    private static final Color HIGHLIGHT = Color.web("#e8590c");

    private final LoadPlanViewModel viewModel;
    /** Null where 3D works. */
    private final LoadPlanDrawing drawing;
    private final Messages text = Messages.of(LoadPlanView.class);
    private final BorderPane root = new BorderPane();
    private final Shortcuts shortcuts = new Shortcuts();
    private final Group packages = new Group();
    private final Group outline = new Group();
    private final Rotate pitch = new Rotate(0, Rotate.X_AXIS);
    private final Rotate yaw = new Rotate(0, Rotate.Y_AXIS);
    private final Translate cameraDistance = new Translate();
    private final PhongMaterial highlight = new PhongMaterial(HIGHLIGHT);
    private final PhongMaterial edgeMaterial = new PhongMaterial(Color.gray(0.25));
    private final List<PhongMaterial> categoryMaterials = new ArrayList<>();
    private Box[] boxes = new Box[0];
    private PhongMaterial[] boxMaterials = new PhongMaterial[0];
    private int shownStep;
    private double dragX;
    private double dragY;

    public LoadPlanView(GuiContext context) {
        this(context, new ShipmentPlanService(context.workspace()));
    }

    public LoadPlanView(GuiContext context, ShipmentPlanService service) {
        this(context, service, Platform.isSupported(ConditionalFeature.SCENE3D));
    }

    /** @param threeD false where the graphics cannot show 3D: the plan is then drawn in 2D, as in the printed plan */
    LoadPlanView(GuiContext context, ShipmentPlanService service, boolean threeD) {
        viewModel = new LoadPlanViewModel(service, context.tasks(), context.dialogs(), text);
        drawing = threeD ? null : new LoadPlanDrawing(text);
        root.setId("plan-view");
        root.setTop(new VBox(toolbar(), statusLine()));
        root.setCenter(threeD ? scene3d() : drawing2d());
        root.setRight(sidePanel());
        root.setBottom(stepBar());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        shortcuts.installOn(root);
        viewModel.shownPlanProperty().addListener((obs, old, plan) -> rebuild(plan));
        viewModel.stepProperty().addListener((obs, old, now) -> showStep(now.intValue()));
        viewModel.refreshShipments();
    }

    /** The 2D drawing with the same empty-state sentence as the 3D view. */
    private Node drawing2d() {
        ScrollPane scroll = new ScrollPane(drawing.root());
        scroll.setId("plan-2d-scroll");
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(viewModel.planProperty().isNotNull());
        return new StackPane(scroll, emptyLabel());
    }

    private Label emptyLabel() {
        Label empty = new Label();
        empty.setId("plan-empty");
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        empty.textProperty().bind(Bindings.when(Bindings.isEmpty(viewModel.shipments()))
                .then(text.get("empty.noShipments")).otherwise(text.get("empty.pick")));
        empty.visibleProperty().bind(viewModel.planProperty().isNull());
        empty.setMouseTransparent(true);
        return empty;
    }

    @Override
    public List<Shortcut> shortcuts() {
        return shortcuts.list();
    }

    public LoadPlanViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.refreshShipments();
    }

    private ToolBar toolbar() {
        ComboBox<String> shipment = new ComboBox<>(viewModel.shipments());
        shipment.setId("plan-shipment");
        shipment.valueProperty().bindBidirectional(viewModel.selectedShipmentProperty());
        shipment.setPromptText(text.get("shipment.prompt"));
        Label shipmentLabel = new Label(text.get("shipment.label"));
        shipmentLabel.setId("plan-shipment-label");
        shipmentLabel.setLabelFor(shipment);
        ComboBox<LoadPlanViewModel.ContainerMode> mode = new ComboBox<>(FXCollections.observableArrayList(
                LoadPlanViewModel.ContainerMode.values()));
        mode.setId("plan-containers");
        mode.valueProperty().bindBidirectional(viewModel.containerModeProperty());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(LoadPlanViewModel.ContainerMode value) {
                return value == null ? "" : text.get("containers." + value.name());
            }

            @Override
            public LoadPlanViewModel.ContainerMode fromString(String string) {
                return null;
            }
        });
        Label modeLabel = new Label(text.get("containers.label"));
        modeLabel.setId("plan-containers-label");
        modeLabel.setLabelFor(mode);
        TextField list = new TextField();
        list.setId("plan-container-list");
        list.setPromptText(text.get("containers.listPrompt"));
        list.setTooltip(new Tooltip(text.get("containers.listHelp")));
        list.setAccessibleHelp(text.get("containers.listHelp"));
        list.setPrefColumnCount(9);
        list.textProperty().bindBidirectional(viewModel.containerListProperty());
        list.visibleProperty().bind(viewModel.containerModeProperty().isEqualTo(
                LoadPlanViewModel.ContainerMode.LISTED));
        list.managedProperty().bind(list.visibleProperty());
        Button plan = button("plan-run", text.get("button.plan"), "mdi2t-truck-trailer", viewModel::plan);
        plan.disableProperty().bind(viewModel.canPlanBinding().not());
        // Enter plans while this screen shows; a window-wide default button would also react on other screens
        shortcuts.enterPresses(plan, text.get("shortcut.plan"));
        Button cancel = button("plan-cancel", text.get("button.cancel"), "mdi2c-close-circle-outline",
                viewModel::cancel);
        cancel.visibleProperty().bind(viewModel.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("plan-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button pdf = button("plan-pdf", text.get("button.pdf"), "mdi2f-file-pdf-box", viewModel::writePdf);
        pdf.disableProperty().bind(viewModel.hasPlanBinding().not());
        return new ToolBar(shipmentLabel, shipment, modeLabel, mode, list, plan, cancel, progress,
                new Separator(Orientation.VERTICAL), pdf);
    }

    /** What the screen is doing or has just done, on its own line so it never pushes buttons out of sight. */
    private Node statusLine() {
        Label status = new Label();
        status.setId("plan-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        status.setPadding(new Insets(2, 8, 2, 8));
        status.visibleProperty().bind(viewModel.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    private Button button(String id, String label, String icon, Runnable action) {
        Button button = new Button(label, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private Node scene3d() {
        packages.setId("plan-packages");
        Group world = new Group(outline, packages);
        world.getTransforms().addAll(pitch, yaw);
        pitch.angleProperty().bind(viewModel.pitchProperty());
        yaw.angleProperty().bind(viewModel.yawProperty());
        PerspectiveCamera camera = new PerspectiveCamera(true);
        camera.setNearClip(10);
        camera.setFarClip(50_000);
        camera.setFieldOfView(35);
        camera.getTransforms().add(cameraDistance);
        cameraDistance.zProperty().bind(viewModel.distanceProperty().negate());
        AmbientLight ambient = new AmbientLight(Color.gray(0.55));
        PointLight light = new PointLight(Color.gray(0.6));
        light.getTransforms().add(cameraDistance);
        Group scene = new Group(world, ambient, light, camera);
        SubScene subScene = new SubScene(scene, 400, 300, true, SceneAntialiasing.BALANCED);
        subScene.setId("plan-3d");
        subScene.setCamera(camera);
        subScene.setFill(Color.web("#f6f8fa"));
        subScene.setFocusTraversable(true);
        subScene.setAccessibleHelp(text.get("view.help"));
        subScene.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        subScene.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        subScene.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        Pane holder = new Pane(subScene);
        holder.setMinSize(200, 150);
        subScene.widthProperty().bind(holder.widthProperty());
        subScene.heightProperty().bind(holder.heightProperty());
        Label empty = emptyLabel();
        Button reset = button("plan-reset-view", text.get("button.resetView"), "mdi2c-camera-retake-outline",
                viewModel::resetView);
        Button zoomIn = button("plan-zoom-in", "", "mdi2m-magnify-plus-outline", viewModel::zoomIn);
        zoomIn.setTooltip(new Tooltip(text.get("button.zoomIn")));
        zoomIn.setAccessibleText(text.get("button.zoomIn"));
        Button zoomOut = button("plan-zoom-out", "", "mdi2m-magnify-minus-outline", viewModel::zoomOut);
        zoomOut.setTooltip(new Tooltip(text.get("button.zoomOut")));
        zoomOut.setAccessibleText(text.get("button.zoomOut"));
        HBox viewButtons = new HBox(4, zoomIn, zoomOut, reset);
        viewButtons.setPickOnBounds(false);
        StackPane.setAlignment(viewButtons, Pos.TOP_LEFT);
        StackPane.setMargin(viewButtons, new Insets(8));
        StackPane stack = new StackPane(holder, empty, viewButtons);
        stack.setAccessibleHelp(text.get("view.help"));
        return stack;
    }

    private Node sidePanel() {
        Label fill = boundLabel("plan-fill", viewModel.fillProperty());
        Label weight = boundLabel("plan-weight", viewModel.weightProperty());
        Label cog = boundLabel("plan-cog", viewModel.centreOfGravityProperty());
        VBox legend = new VBox(2);
        legend.setId("plan-legend");
        viewModel.legend().addListener((javafx.collections.ListChangeListener<LoadPlanViewModel.LegendEntry>) change ->
                legend.getChildren().setAll(viewModel.legend().stream().map(this::legendRow).toList()));
        ComboBox<String> container = new ComboBox<>(viewModel.containerNames());
        container.setId("plan-container");
        container.setMaxWidth(Double.MAX_VALUE);
        container.setAccessibleText(text.get("container.label"));
        container.visibleProperty().bind(Bindings.size(viewModel.containerNames()).greaterThan(1));
        container.managedProperty().bind(container.visibleProperty());
        viewModel.containerNames().addListener((javafx.collections.ListChangeListener<String>) change ->
                container.getSelectionModel().select(viewModel.selectedContainerProperty().get()));
        container.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                viewModel.selectedContainerProperty().set(now.intValue());
            }
        });
        VBox panel = new VBox(6, container,
                heading("plan-heading-fill", text.get("panel.fill")), fill, weight, cog,
                heading("plan-heading-legend", text.get("panel.legend")), legend,
                heading("plan-heading-room-left", text.get("panel.roomLeft")),
                list("plan-room-left", viewModel.roomLeft(), 130, new javafx.beans.property.SimpleStringProperty("")),
                heading("plan-heading-unplaced", text.get("panel.unplaced")),
                list("plan-unplaced", viewModel.unplaced(), 110, onceAPlanExists(text.get("unplaced.none"))),
                heading("plan-heading-warnings", text.get("panel.warnings")),
                list("plan-warnings", viewModel.warnings(), 110, onceAPlanExists(text.get("warnings.none"))));
        panel.setPadding(new Insets(8));
        panel.setPrefWidth(330);
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setId("plan-side-panel");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node legendRow(LoadPlanViewModel.LegendEntry entry) {
        Rectangle swatch = new Rectangle(12, 12, colour(entry.rgb()));
        swatch.setStroke(Color.gray(0.4));
        Label name = new Label(entry.category(), swatch);
        name.setId("plan-legend-" + entry.category().replaceAll("\\W+", "-").toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    private static Label heading(String id, String title) {
        Label label = new Label(title);
        label.setId(id);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static Label boundLabel(String id, javafx.beans.value.ObservableValue<String> value) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(value);
        return label;
    }

    /** "Nothing left out" is only true of a plan; before there is one the list says nothing. */
    private javafx.beans.value.ObservableValue<String> onceAPlanExists(String sentence) {
        return javafx.beans.binding.Bindings.when(viewModel.planProperty().isNull()).then("").otherwise(sentence);
    }

    private static ListView<String> list(String id, javafx.collections.ObservableList<String> items, double height,
                                         javafx.beans.value.ObservableValue<String> whenEmpty) {
        ListView<String> list = new ListView<>(items);
        Label placeholder = new Label();
        placeholder.textProperty().bind(whenEmpty);
        placeholder.setId(id + "-empty");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setId(id);
        list.setPrefHeight(height);
        list.setCellFactory(view -> new WrappingCell(view));
        return list;
    }

    private Node stepBar() {
        Button previous = button("plan-previous", text.get("button.previous"), "mdi2c-chevron-left",
                viewModel::previous);
        previous.disableProperty().bind(viewModel.canGoBackBinding().not());
        Button next = button("plan-next", text.get("button.next"), "mdi2c-chevron-right", viewModel::next);
        next.disableProperty().bind(viewModel.canGoOnBinding().not());
        Slider slider = new Slider(0, 0, 0);
        slider.setId("plan-step");
        slider.maxProperty().bind(viewModel.stepCountProperty());
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.valueProperty().bindBidirectional(viewModel.stepProperty());
        slider.disableProperty().bind(viewModel.planProperty().isNull());
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label number = boundLabel("plan-current", viewModel.currentNumberProperty());
        number.getStyleClass().add("title-3");
        number.setMinWidth(110);
        Label details = boundLabel("plan-current-details", viewModel.currentDetailsProperty());
        details.setMaxWidth(520);
        HBox bar = new HBox(8, previous, slider, next, number, details);
        bar.setId("plan-step-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    /** Replaces the drawing by the shown container's plan: in 3D edges, floor and one box per package. */
    private void rebuild(LoadPlan shown) {
        ShipmentPlan plan = viewModel.planProperty().get();
        if (drawing != null) {
            drawing.show(shown, category -> plan == null ? 0 : plan.colourIndex(category));
            drawing.showStep(viewModel.stepProperty().get());
            return;
        }
        packages.getChildren().clear();
        outline.getChildren().clear();
        categoryMaterials.clear();
        if (shown == null || plan == null) {
            boxes = new Box[0];
            boxMaterials = new PhongMaterial[0];
            shownStep = 0;
            return;
        }
        ContainerSpace c = shown.container();
        buildOutline(c);
        for (int i = 0; i <= plan.categories().size(); i++) {
            categoryMaterials.add(new PhongMaterial(colour(CategoryPalette.rgb(i))));
        }
        List<Placement> placements = shown.placements();
        boxes = new Box[placements.size()];
        boxMaterials = new PhongMaterial[placements.size()];
        for (int i = 0; i < boxes.length; i++) {
            Placement p = placements.get(i);
            // A centimetre smaller than the package, so neighbours of one colour still read as separate boxes.
            Box box = new Box(p.dx() - GAP_CM, p.dz() - GAP_CM, p.dy() - GAP_CM);
            box.setTranslateX(p.x() + p.dx() / 2.0 - c.lengthCm() / 2.0);
            box.setTranslateY(c.heightCm() / 2.0 - p.z() - p.dz() / 2.0);
            box.setTranslateZ(p.y() + p.dy() / 2.0 - c.widthCm() / 2.0);
            boxMaterials[i] = categoryMaterials.get(plan.colourIndex(p.item().category()));
            box.setMaterial(boxMaterials[i]);
            boxes[i] = box;
        }
        packages.getChildren().setAll(boxes);
        shownStep = boxes.length;
        showStep(viewModel.stepProperty().get());
    }

    /** The twelve edges of the inside of the container as thin bars, and a pale floor. */
    private void buildOutline(ContainerSpace c) {
        double l = c.lengthCm();
        double w = c.widthCm();
        double h = c.heightCm();
        for (double y : new double[] {-h / 2, h / 2}) {
            for (double z : new double[] {-w / 2, w / 2}) {
                outline.getChildren().add(edge(l, EDGE_CM, EDGE_CM, 0, y, z));
            }
            for (double x : new double[] {-l / 2, l / 2}) {
                outline.getChildren().add(edge(EDGE_CM, EDGE_CM, w, x, y, 0));
            }
        }
        for (double x : new double[] {-l / 2, l / 2}) {
            for (double z : new double[] {-w / 2, w / 2}) {
                outline.getChildren().add(edge(EDGE_CM, h, EDGE_CM, x, 0, z));
            }
        }
        Box floor = new Box(l, 1, w);
        floor.setTranslateY(h / 2 + 1);
        floor.setMaterial(new PhongMaterial(Color.gray(0.85)));
        outline.getChildren().add(floor);
    }

    private Box edge(double width, double height, double depth, double x, double y, double z) {
        Box bar = new Box(width, height, depth);
        bar.setTranslateX(x);
        bar.setTranslateY(y);
        bar.setTranslateZ(z);
        bar.setMaterial(edgeMaterial);
        return bar;
    }

    /**
     * Shows packages 1..step, highlights the package of this step, hides the rest. Only boxes between the old
     * and the new step change, so dragging the slider over 1,500 packages stays cheap.
     */
    private void showStep(int step) {
        if (drawing != null) {
            drawing.showStep(step);
            return;
        }
        int target = Math.max(0, Math.min(step, boxes.length));
        if (shownStep >= 1 && shownStep <= boxes.length) {
            boxes[shownStep - 1].setMaterial(boxMaterials[shownStep - 1]);
        }
        for (int i = Math.min(shownStep, target); i < Math.max(shownStep, target); i++) {
            boxes[i].setVisible(i < target);
        }
        if (target >= 1) {
            boxes[target - 1].setMaterial(highlight);
        }
        shownStep = target;
    }

    private void onPress(MouseEvent event) {
        dragX = event.getSceneX();
        dragY = event.getSceneY();
        ((Node) event.getSource()).requestFocus();
    }

    private void onDrag(MouseEvent event) {
        viewModel.rotateBy((event.getSceneX() - dragX) * 0.3, -(event.getSceneY() - dragY) * 0.3);
        dragX = event.getSceneX();
        dragY = event.getSceneY();
    }

    private void onScroll(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            viewModel.zoom(event.getDeltaY() > 0 ? 0.9 : 1 / 0.9);
        }
    }

    private void onKey(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl
                || event.getTarget() instanceof ComboBox<?> combo && combo.isShowing()) {
            return;
        }
        switch (event.getCode()) {
            case LEFT -> viewModel.previous();
            case RIGHT -> viewModel.next();
            case HOME -> viewModel.firstStep();
            case END -> viewModel.lastStep();
            case PLUS, ADD, EQUALS -> viewModel.zoomIn();
            case MINUS, SUBTRACT -> viewModel.zoomOut();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Long sentences (reasons, warnings) wrap inside the narrow side panel instead of scrolling sideways. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell(ListView<String> view) {
            setWrapText(true);
            prefWidthProperty().bind(view.widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    private static Color colour(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
