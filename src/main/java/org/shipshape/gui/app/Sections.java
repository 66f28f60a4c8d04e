package org.shipshape.gui.app;

import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.SectionView;

import java.util.List;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.PlaceholderView;
import org.shipshape.gui.planning.LoadPlanView;

/** The sections of the main window, in order. One line per section. */
final class Sections {
    private Sections() {
    }

    static List<Section> create(GuiContext context) {
        Messages text = Messages.of(MainView.class);
        return List.of(
                placeholder("intake", text.get("section.intake"), text),
                placeholder("inventory", text.get("section.inventory"), text),
                placeholder("packing", text.get("section.packing"), text),
                placeholder("shipments", text.get("section.shipments"), text),
                placeholder("documents", text.get("section.documents"), text),
                new LazySection("plan", text.get("section.plan"), () -> new LoadPlanView(context)));
    }

    private static Section placeholder(String id, String title, Messages text) {
        return new LazySection(id, title, () -> new PlaceholderView(id, title, text.get("section.comingSoon")));
    }
}
