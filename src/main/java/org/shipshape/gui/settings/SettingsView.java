package org.shipshape.gui.settings;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.SectionView;
import org.shipshape.gui.common.Tables;
import org.shipshape.gui.settings.SettingsViewModel.Field;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Language;
import org.shipshape.model.labels.LabelStock;

/**
 * File > Settings: the organisation (the shipper named on every document and label) and the defaults, each field
 * with its problem next to it, one Save for all. Controls have ids {@code settings-<field>}, their problems
 * {@code settings-<field>-error}.
 */
public final class SettingsView implements SectionView {
    private final SettingsViewModel viewModel;
    private final Messages text = Messages.of(SettingsView.class);
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Runnable onOpenCountries;

    /** @param onOpenCountries opens the countries of the reference data (where document languages are set) */
    public SettingsView(GuiContext context, UiLanguage uiLanguage, Runnable onOpenCountries) {
        this.viewModel = new SettingsViewModel(context, uiLanguage);
        this.onOpenCountries = onOpenCountries;
        root.setId("settings");
        tabs.setId("settings-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("organisation", text.get("tab.organisation"), organisation()),
                tab("defaults", text.get("tab.defaults"), defaults()));
        root.setCenter(tabs);
        root.setBottom(footer());
    }

    public SettingsViewModel viewModel() {
        return viewModel;
    }

    /** Shows the organisation page (first start) or the defaults page. */
    public void showPage(String page) {
        tabs.getTabs().stream().filter(t -> t.getId().equals("settings-tab-" + page)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private Tab tab(String id, String title, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(title, scroll);
        tab.setId("settings-tab-" + id);
        return tab;
    }

    private Node organisation() {
        GridPane grid = grid();
        int row = 0;
        Label intro = new Label(text.get("organisation.intro"));
        intro.setWrapText(true);
        grid.add(intro, 0, row++, 3, 1);
        row = text(grid, row, Field.NAME, "name", new TextField());
        TextArea address = new TextArea();
        address.setPrefRowCount(3);
        row = text(grid, row, Field.ADDRESS, "address", address);
        row = text(grid, row, Field.COUNTRY, "country", new TextField());
        row = text(grid, row, Field.REGISTRATION, "registration", new TextField());
        row = text(grid, row, Field.EORI, "eori", new TextField());
        row = text(grid, row, Field.CONTACT, "contact", new TextField());
        row = text(grid, row, Field.PHONE, "phone", new TextField());
        row = text(grid, row, Field.EMAIL, "email", new TextField());
        row = logo(grid, row);
        row = text(grid, row, Field.SIGNATORY_NAME, "signatory-name", new TextField());
        row = text(grid, row, Field.SIGNATORY_TITLE, "signatory-title", new TextField());
        text(grid, row, Field.ORIGIN, "origin", new TextField());
        return grid;
    }

    private int logo(GridPane grid, int row) {
        ImageView preview = new ImageView();
        preview.setId("settings-logo-preview");
        preview.setFitHeight(48);
        preview.setFitWidth(160);
        preview.setPreserveRatio(true);
        preview.imageProperty().bind(Bindings.createObjectBinding(() -> viewModel.logoProperty().get() == null ? null
                : new Image(new ByteArrayInputStream(viewModel.logoProperty().get().bytes())),
                viewModel.logoProperty()));
        preview.managedProperty().bind(preview.imageProperty().isNotNull());
        Label none = new Label(text.get("logo.none"));
        none.setId("settings-logo-none");
        none.visibleProperty().bind(viewModel.logoProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        Button choose = new Button(text.get("logo.chooseButton"), new FontIcon("mdi2i-image-outline"));
        choose.setId("settings-logo-choose");
        choose.setOnAction(e -> viewModel.chooseLogo());
        Button remove = new Button(text.get("logo.remove"));
        remove.setId("settings-logo-remove");
        remove.disableProperty().bind(viewModel.logoProperty().isNull());
        remove.setOnAction(e -> viewModel.removeLogo());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        none.setMinWidth(Region.USE_PREF_SIZE);
        // the buttons under the picture, so neither is cut on a narrow window
        HBox buttons = new HBox(8, choose, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, new HBox(preview, none), buttons);
        return labelled(grid, row, Field.LOGO, "logo", box, choose);
    }

    private Node defaults() {
        GridPane grid = grid();
        int row = 0;
        Label intro = new Label(text.get("defaults.intro"));
        intro.setWrapText(true);
        grid.add(intro, 0, row++, 3, 1);
        row = text(grid, row, Field.CURRENCY, "currency", new TextField());
        row = text(grid, row, Field.MAX_KG, "max-kg", new TextField());
        ChoiceBox<LabelStock> stock = new ChoiceBox<>(viewModel.labelStocks());
        stock.setConverter(Tables.showing(s -> s.name() + " (" + s.code() + ")", ""));
        stock.valueProperty().bindBidirectional(viewModel.labelStockProperty());
        row = labelled(grid, row, Field.LABEL_STOCK, "label-stock", stock, stock);
        ComboBox<String> printer = new ComboBox<>(viewModel.printers());
        printer.setEditable(true);
        printer.setId("settings-label-printer");
        printer.valueProperty().bindBidirectional(viewModel.labelPrinterProperty());
        printer.setPromptText(text.get("printer.prompt"));
        printer.setOnShowing(e -> viewModel.findPrinters());
        Label printerLabel = caption(text.get("field.label-printer"), printer);
        grid.add(printerLabel, 0, row);
        grid.add(printer, 1, row++);
        row = text(grid, row, Field.USABLE_SHARE, "usable-share", new TextField());
        CheckBox receipts = new CheckBox(text.get("field.receipts-values"));
        receipts.setId("settings-receipts-values");
        receipts.selectedProperty().bindBidirectional(viewModel.receiptsShowValuesProperty());
        grid.add(receipts, 1, row++);
        Label languages = new Label();
        languages.setId("settings-country-languages");
        languages.setWrapText(true);
        languages.textProperty().bind(viewModel.countryLanguagesProperty());
        Button countries = new Button(text.get("countries.open"), new FontIcon("mdi2e-earth"));
        countries.setId("settings-open-countries");
        countries.setOnAction(e -> onOpenCountries.run());
        VBox languageBox = new VBox(4, languages, countries);
        grid.add(caption(text.get("field.country-languages"), languages), 0, row);
        grid.add(languageBox, 1, row++);
        ChoiceBox<Optional<Locale>> window = new ChoiceBox<>();
        window.getItems().setAll(viewModel.windowLanguages());
        window.setId("settings-window-language");
        window.setConverter(Tables.showing(l -> l.map(locale -> Catalogue.of(locale).languageName())
                .orElse(text.get("window.system", viewModel.systemLanguageName())), ""));
        window.valueProperty().bindBidirectional(viewModel.windowLanguageProperty());
        grid.add(caption(text.get("field.window-language"), window), 0, row);
        grid.add(window, 1, row++);
        Label windowHint = new Label(text.get("window.hint"));
        windowHint.setWrapText(true);
        windowHint.getStyleClass().add("text-muted");
        grid.add(windowHint, 1, row);
        return grid;
    }

    private Node footer() {
        Button save = new Button(text.get("button.save"), new FontIcon("mdi2c-content-save"));
        save.setId("settings-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> viewModel.save());
        Label status = new Label();
        status.setId("settings-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        Label last = new Label();
        last.setId("settings-last-change");
        last.getStyleClass().add("text-muted");
        last.textProperty().bind(viewModel.lastChangeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, save, status, spacer, last);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10));
        return bar;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(14));
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints(260, 380, 520));
        return grid;
    }

    /** A text field or area for the field: label, control, and its problem under it. */
    private int text(GridPane grid, int row, Field field, String id, TextInputControl control) {
        StringProperty property = viewModel.field(field);
        control.textProperty().bindBidirectional(property);
        return labelled(grid, row, field, id, control, control);
    }

    private int labelled(GridPane grid, int row, Field field, String id, Node node, Control control) {
        if (control.getId() == null) {
            control.setId("settings-" + id);
        }
        String label = text.get("field." + id);
        control.setAccessibleText(label);
        grid.add(caption(label, control), 0, row);
        grid.add(node, 1, row);
        Label error = new Label();
        error.setId("settings-" + id + "-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.error(field));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    private static Label caption(String label, Node control) {
        Label caption = new Label(label);
        caption.setLabelFor(control);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        return caption;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        viewModel.load();
    }
}
