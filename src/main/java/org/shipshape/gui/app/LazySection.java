package org.shipshape.gui.app;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.shipshape.gui.common.SectionView;

/**
 * A section whose view is built when first needed: when it is shown, or ahead of time once the window is up
 * ({@link MainView#buildSectionsAhead()}), so start-up stays quick and switching sections does not wait. A view
 * reads its data when shown, not when built.
 */
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

    @Override
    public Optional<SectionView> builtView() {
        return Optional.ofNullable(view);
    }
}
