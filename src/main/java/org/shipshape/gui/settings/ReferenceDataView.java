package org.shipshape.gui.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.customs.CountriesView;
import org.shipshape.gui.customs.PhrasesView;
import org.shipshape.gui.labels.LabelStocksView;
import org.shipshape.gui.packing.BoxSizesView;
import org.shipshape.gui.shipments.ContainerTypesView;

/**
 * File > Reference data: the editable data the work relies on, one tab each (box sizes, label stocks, container
 * types, countries with their destination rules, document phrases). Each editor lives in its feature; this only
 * hosts them. A tab's editor is built the first time it is shown and re-reads its data each time.
 */
public final class ReferenceDataView implements SectionView {
    private final Messages text = Messages.of(ReferenceDataView.class);
    private final TabPane tabs = new TabPane();
    private final Map<String, Supplier<SectionView>> editors = new LinkedHashMap<>();
    private final Map<String, SectionView> built = new LinkedHashMap<>();

    public ReferenceDataView(GuiContext context) {
        editors.put("box-sizes", () -> new BoxSizesView(context));
        editors.put("label-stocks", () -> new LabelStocksView(context));
        editors.put("container-types", () -> new ContainerTypesView(context));
        editors.put("countries", () -> new CountriesView(context));
        editors.put("phrases", () -> new PhrasesView(context));
        tabs.setId("reference-data");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (String id : editors.keySet()) {
            Tab tab = new Tab(text.get("tab." + id));
            tab.setId("reference-tab-" + id);
            tab.setUserData(id);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(Tab tab) {
        if (tab == null) {
            return;
        }
        String id = (String) tab.getUserData();
        SectionView editor = built.computeIfAbsent(id, key -> editors.get(key).get());
        if (tab.getContent() == null) {
            tab.setContent(editor.root());
        }
        editor.onShown();
    }

    /** Shows one editor: box-sizes, label-stocks, container-types, countries or phrases. */
    public void select(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getUserData())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    @Override
    public Node root() {
        return tabs;
    }

    @Override
    public void onShown() {
        show(tabs.getSelectionModel().getSelectedItem());
    }
}
