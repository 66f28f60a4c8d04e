package org.shipshape.gui.app;

import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.SectionView;

import java.util.List;
import java.util.function.Consumer;
import org.shipshape.gui.home.HomeView;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.categories.CategoriesView;
import org.shipshape.gui.donors.DonorsView;
import org.shipshape.gui.imports.ImportView;
import org.shipshape.gui.intake.IntakeView;
import org.shipshape.gui.inventory.InventoryView;
import org.shipshape.gui.packing.PackingView;
import org.shipshape.gui.customs.DocumentsView;
import org.shipshape.gui.loading.LoadingView;
import org.shipshape.gui.shipments.ShipmentsView;
import org.shipshape.gui.planning.LoadPlanView;

/** The sections of the main window, in order. One line per section. */
final class Sections {
    private Sections() {
    }

    /** @param goTo opens a place named by the home screen: a section id, or "settings" */
    static List<Section> create(GuiContext context, Consumer<String> goTo) {
        Messages text = Messages.of(MainView.class);
        return List.of(
                new LazySection("home", text.get("section.home"), () -> new HomeView(context, goTo)),
                new LazySection("intake", text.get("section.intake"), () -> new IntakeView(context)),
                new LazySection("inventory", text.get("section.inventory"), () -> new InventoryView(context)),
                new LazySection("donors", text.get("section.donors"), () -> new DonorsView(context)),
                new LazySection("categories", text.get("section.categories"), () -> new CategoriesView(context)),
                new LazySection("import", text.get("section.import"), () -> new ImportView(context)),
                new LazySection("packing", text.get("section.packing"), () -> new PackingView(context)),
                new LazySection("shipments", text.get("section.shipments"), () -> new ShipmentsView(context)),
                new LazySection("loading", text.get("section.loading"), () -> new LoadingView(context)),
                new LazySection("documents", text.get("section.documents"), () -> new DocumentsView(context)),
                new LazySection("plan", text.get("section.plan"), () -> new LoadPlanView(context)));
    }

}
