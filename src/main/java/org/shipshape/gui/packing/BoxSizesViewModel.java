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
import org.shipshape.model.common.Message;
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
        super(context);
        this.sizes = new BoxSizes(context.workspace());
        watch(code, name, length, width, height);
        start();
    }

    @Override
    protected List<BoxSize> fetch() {
        List<BoxSize> all = sizes.all();
        Map<String, Integer> counts = new HashMap<>();
        all.forEach(size -> counts.put(size.code(), sizes.packagesUsing(size)));
        packages = counts;
        return all;
    }

    /** How many packages were measured with the size, as of the last reload. */
    public int packagesOf(BoxSize size) {
        return packages.getOrDefault(size.code(), 0);
    }

    @Override
    protected String keyOf(BoxSize entry) {
        return entry.code();
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
    protected List<Message> check(BoxSize entry, boolean isNew) {
        return sizes.problems(entry, isNew);
    }

    @Override
    protected BoxSize store(BoxSize entry, boolean isNew) {
        return sizes.save(entry, isNew);
    }

    @Override
    protected BoxSize remove(BoxSize entry) {
        return sizes.delete(entry.code());
    }

    @Override
    protected BoxSize putBack(BoxSize removed) {
        return sizes.restore(removed);
    }

    @Override
    protected BoxSize retire(BoxSize entry, boolean retire) {
        return sizes.retire(entry.code(), retire);
    }

    @Override
    protected boolean isRetired(BoxSize entry) {
        return entry.retired();
    }

    @Override
    public boolean retires() {
        return true;
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
