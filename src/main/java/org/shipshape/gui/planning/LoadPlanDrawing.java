package org.shipshape.gui.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.shipshape.gui.common.Messages;
import org.shipshape.logic.planning.CategoryPalette;
import org.shipshape.logic.planning.LoadPlanPdf;
import org.shipshape.model.planning.ContainerSpace;
import org.shipshape.model.planning.LoadPlan;
import org.shipshape.model.planning.Placement;

/**
 * The plan in 2D for computers whose graphics cannot show 3D: per section of the container a side view and a top
 * view, as in the printed plan, with the packages loaded up to the current step and the current one highlighted.
 */
final class LoadPlanDrawing {
    /** Style class of every package rectangle, so tests and styles can find them. */
    static final String PACKAGE_STYLE = "plan-2d-package";
    private static final double PIXELS_PER_CM = 1.25;
    private static final Color HIGHLIGHT = Color.web("#e8590c");

    private final Messages text;
    private final VBox sections = new VBox(14);
    private final VBox root;
    /** The rectangles drawn for each placement, by loading step. */
    private List<List<Rectangle>> shapes = List.of();
    private List<Color> fills = List.of();
    private int shownStep;

    LoadPlanDrawing(Messages text) {
        this.text = text;
        Label reason = new Label(text.get("view.no3d"));
        reason.setId("plan-2d-reason");
        reason.setWrapText(true);
        sections.setId("plan-2d-sections");
        root = new VBox(10, reason, sections);
        root.setId("plan-2d");
        root.setPadding(new Insets(10));
    }

    Node root() {
        return root;
    }

    /** Draws the plan; {@code colourIndex} gives each category's colour slot. */
    void show(LoadPlan plan, java.util.function.ToIntFunction<String> colourIndex) {
        sections.getChildren().clear();
        if (plan == null) {
            shapes = List.of();
            fills = List.of();
            shownStep = 0;
            return;
        }
        List<Placement> placements = plan.placements();
        List<List<Rectangle>> drawn = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (Placement p : placements) {
            drawn.add(new ArrayList<>());
            int rgb = CategoryPalette.rgb(colourIndex.applyAsInt(p.item().category()));
            colours.add(Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
        }
        shapes = drawn;
        fills = colours;
        ContainerSpace c = plan.container();
        int count = LoadPlanPdf.sectionCount(c);
        double length = (double) c.lengthCm() / count;
        for (int s = 0; s < count; s++) {
            double from = s * length;
            double to = (s + 1) * length;
            Label title = new Label(text.get("view.section", s + 1, count, from / 100, to / 100));
            title.getStyleClass().add("title-4");
            HBox views = new HBox(20, view(text.get("view.side"), placements, from, to, c.heightCm(), false),
                    view(text.get("view.top"), placements, from, to, c.widthCm(), true));
            VBox section = new VBox(4, title, views);
            section.setId("plan-2d-section-" + (s + 1));
            sections.getChildren().add(section);
        }
        shownStep = placements.size();
    }

    /** One projection: side (x-z, seen from the left wall) or top (x-y, seen from above); far packages first. */
    private Node view(String caption, List<Placement> placements, double from, double to, int depthCm,
                      boolean fromAbove) {
        double width = (to - from) * PIXELS_PER_CM;
        double height = depthCm * PIXELS_PER_CM;
        Pane canvas = new Pane();
        canvas.setMinSize(width, height);
        canvas.setPrefSize(width, height);
        canvas.setMaxSize(width, height);
        Rectangle outline = new Rectangle(0, 0, width, height);
        outline.setFill(Color.web("#f6f8fa"));
        outline.setStroke(Color.BLACK);
        canvas.getChildren().add(outline);
        List<Integer> farFirst = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if (p.xEnd() > from && p.x() < to) {
                farFirst.add(i);
            }
        }
        farFirst.sort(fromAbove ? Comparator.comparingInt((Integer i) -> placements.get(i).zEnd())
                : Comparator.comparingInt((Integer i) -> placements.get(i).y()).reversed());
        Group packages = new Group();
        for (int i : farFirst) {
            Placement p = placements.get(i);
            double x = (Math.max(p.x(), from) - from) * PIXELS_PER_CM;
            double w = (Math.min(p.xEnd(), to) - Math.max(p.x(), from)) * PIXELS_PER_CM;
            double y = fromAbove ? (depthCm - p.yEnd()) * PIXELS_PER_CM : (depthCm - p.zEnd()) * PIXELS_PER_CM;
            double h = (fromAbove ? p.dy() : p.dz()) * PIXELS_PER_CM;
            Rectangle box = new Rectangle(x, y, w, h);
            box.getStyleClass().add(PACKAGE_STYLE);
            box.setFill(fills.get(i));
            box.setStroke(Color.gray(0.25));
            box.setStrokeWidth(0.5);
            shapes.get(i).add(box);
            packages.getChildren().add(box);
            Text number = new Text(p.item().id());
            number.setFont(Font.font(9));
            number.setMouseTransparent(true);
            double textWidth = number.getLayoutBounds().getWidth();
            if (textWidth + 2 <= w && h >= 11) {
                number.setX(x + (w - textWidth) / 2);
                number.setY(y + h / 2 + 3);
                number.visibleProperty().bind(box.visibleProperty());
                packages.getChildren().add(number);
            }
        }
        Rectangle clip = new Rectangle(0, 0, width, height);
        packages.setClip(clip);
        canvas.getChildren().add(packages);
        Label label = new Label(caption);
        return new VBox(2, label, canvas);
    }

    /** Shows packages 1..step and highlights the package of this step; only changed shapes are touched. */
    void showStep(int step) {
        int target = Math.max(0, Math.min(step, shapes.size()));
        if (shownStep >= 1 && shownStep <= shapes.size()) {
            Color normal = fills.get(shownStep - 1);
            shapes.get(shownStep - 1).forEach(r -> r.setFill(normal));
        }
        for (int i = Math.min(shownStep, target); i < Math.max(shownStep, target); i++) {
            boolean visible = i < target;
            shapes.get(i).forEach(r -> r.setVisible(visible));
        }
        if (target >= 1) {
            shapes.get(target - 1).forEach(r -> r.setFill(HIGHLIGHT));
        }
        shownStep = target;
    }
}
