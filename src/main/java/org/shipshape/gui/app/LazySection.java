package org.shipshape.gui.app;

import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.SectionView;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;

/** A section whose view is built the first time it is shown, so start-up stays quick. */
public final class LazySection implements Section {
    private final String id;
    private final String title;
    private final Supplier<? extends SectionView> factory;
    private SectionView view;

    public LazySection(String id, String title, Supplier<? extends SectionView> factory) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.factory = Objects.requireNonNull(factory);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = factory.get();
        }
        return view.root();
    }

    @Override
    public void onShown() {
        if (view != null) {
            view.onShown();
        }
    }
}
