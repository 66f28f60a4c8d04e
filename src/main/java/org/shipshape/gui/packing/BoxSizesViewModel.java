package org.shipshape.gui.packing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.ReferenceEditorViewModel;
import org.shipshape.logic.packing.BoxSizes;
import org.shipshape.model.common.Versioned;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.Dimensions;

/** The box sizes editor: code, name, length, width and height in cm, and how many packages have each size. */
public final class BoxSizesViewModel extends ReferenceEditorViewModel<BoxSize> {
    private final Messages text = Messages.of(BoxSizesView.class);
    private final BoxSizes sizes;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty length = new SimpleStringProperty("");
    private final StringProperty width = new SimpleStringProperty("");
    private final StringProperty height = new SimpleStringProperty("");
    private volatile Map<String, Integer> packages = Map.of();
    private boolean retired;

    public BoxSizesViewModel(GuiContext context) {
        this(context, new BoxSizes(context.workspace()));
    }

    private BoxSizesViewModel(GuiContext context, BoxSizes sizes) {
        super(context, sizes);
        this.sizes = sizes;
        watch(code, name, length, width, height);
        start();
    }

    @Override
    protected List<Versioned<BoxSize>> fetch() {
        List<Versioned<BoxSize>> all = super.fetch();
        Map<String, Integer> counts = new HashMap<>();
        all.forEach(size -> counts.put(size.value().code(), sizes.packagesUsing(size.value())));
        packages = counts;
        return all;
    }

    /** How many packages were measured with the size, as of the last reload. */
    public int packagesOf(BoxSize size) {
        return packages.getOrDefault(size.code(), 0);
    }

    @Override
    protected String searchText(BoxSize entry) {
        return entry.code() + " " + entry.name() + " " + entry.dimensions();
    }

    @Override
    protected void fill(BoxSize entry) {
        code.set(entry == null ? "" : entry.code());
        name.set(entry == null ? "" : entry.name());
        length.set(entry == null ? "" : String.valueOf(entry.dimensions().lengthCm()));
        width.set(entry == null ? "" : String.valueOf(entry.dimensions().widthCm()));
        height.set(entry == null ? "" : String.valueOf(entry.dimensions().heightCm()));
        retired = entry != null && entry.retired();
    }

    @Override
    protected Typed<BoxSize> typed() {
        List<String> problems = new ArrayList<>();
        Integer l = wholeNumber(length.get(), text.get("error.length"), problems);
        Integer w = wholeNumber(width.get(), text.get("error.width"), problems);
        Integer h = wholeNumber(height.get(), text.get("error.height"), problems);
        if (problems.isEmpty() && (l <= 0 || w <= 0 || h <= 0)) {
            problems.add(text.get("error.positive"));
        }
        if (!problems.isEmpty()) {
            return Typed.refused(problems);
        }
        return Typed.of(new BoxSize(BoxSizes.code(code.get()), name.get().trim(), new Dimensions(l, w, h), retired));
    }

    @Override
    protected String describe(BoxSize entry) {
        return text.get("entry", entry.code());
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty lengthProperty() {
        return length;
    }

    public StringProperty widthProperty() {
        return width;
    }

    public StringProperty heightProperty() {
        return height;
    }
}
