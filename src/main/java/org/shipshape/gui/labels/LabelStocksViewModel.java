package org.shipshape.gui.labels;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shipshape.gui.common.GuiContext;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.common.ReferenceEditorViewModel;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.logic.labels.LabelStocks;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Language;
import org.shipshape.model.labels.LabelStock;

/**
 * The label stocks editor: page, layout (columns, rows, label size, margins, pitch) in millimetres, printer
 * resolution and printer, and the calibration offset found with the test page.
 */
public final class LabelStocksViewModel extends ReferenceEditorViewModel<LabelStock> {
    private final Messages text = Messages.of(LabelStocksView.class);
    private final LabelStocks stocks;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty pageWidth = new SimpleStringProperty("");
    private final StringProperty pageHeight = new SimpleStringProperty("");
    private final StringProperty columns = new SimpleStringProperty("");
    private final StringProperty rows = new SimpleStringProperty("");
    private final StringProperty labelWidth = new SimpleStringProperty("");
    private final StringProperty labelHeight = new SimpleStringProperty("");
    private final StringProperty marginLeft = new SimpleStringProperty("");
    private final StringProperty marginTop = new SimpleStringProperty("");
    private final StringProperty pitchX = new SimpleStringProperty("");
    private final StringProperty pitchY = new SimpleStringProperty("");
    private final StringProperty offsetX = new SimpleStringProperty("");
    private final StringProperty offsetY = new SimpleStringProperty("");
    private final StringProperty dpi = new SimpleStringProperty("");
    private final StringProperty printer = new SimpleStringProperty("");
    private boolean retired;

    public LabelStocksViewModel(GuiContext context) {
        this(context, new LabelStocks(context.workspace()));
    }

    private LabelStocksViewModel(GuiContext context, LabelStocks stocks) {
        super(context, stocks);
        this.stocks = stocks;
        watch(code, name, pageWidth, pageHeight, columns, rows, labelWidth, labelHeight, marginLeft, marginTop, pitchX,
                pitchY, offsetX, offsetY, dpi, printer);
        start();
    }

    @Override
    protected String searchText(LabelStock entry) {
        return entry.code() + " " + entry.name() + " " + (entry.printer() == null ? "" : entry.printer());
    }

    @Override
    protected void fill(LabelStock s) {
        code.set(s == null ? "" : s.code());
        name.set(s == null ? "" : s.name());
        pageWidth.set(s == null ? "" : mm(s.pageWidthMm()));
        pageHeight.set(s == null ? "" : mm(s.pageHeightMm()));
        columns.set(s == null ? "1" : String.valueOf(s.columns()));
        rows.set(s == null ? "1" : String.valueOf(s.rows()));
        labelWidth.set(s == null ? "" : mm(s.labelWidthMm()));
        labelHeight.set(s == null ? "" : mm(s.labelHeightMm()));
        marginLeft.set(s == null ? "0" : mm(s.marginLeftMm()));
        marginTop.set(s == null ? "0" : mm(s.marginTopMm()));
        pitchX.set(s == null ? "" : mm(s.pitchXMm()));
        pitchY.set(s == null ? "" : mm(s.pitchYMm()));
        offsetX.set(s == null ? "0" : mm(s.offsetXMm()));
        offsetY.set(s == null ? "0" : mm(s.offsetYMm()));
        dpi.set(s == null || s.dpi() == null ? "" : String.valueOf(s.dpi()));
        printer.set(s == null || s.printer() == null ? "" : s.printer());
        retired = s != null && s.retired();
    }

    private static String mm(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    protected Typed<LabelStock> typed() {
        List<String> problems = new ArrayList<>();
        Double pw = millimetres(pageWidth, "pageWidth", problems);
        Double ph = millimetres(pageHeight, "pageHeight", problems);
        Integer cols = wholeNumber(columns.get(), text.get("error.columns"), problems);
        Integer rowCount = wholeNumber(rows.get(), text.get("error.rows"), problems);
        Double lw = millimetres(labelWidth, "labelWidth", problems);
        Double lh = millimetres(labelHeight, "labelHeight", problems);
        Double ml = millimetres(marginLeft, "marginLeft", problems);
        Double mt = millimetres(marginTop, "marginTop", problems);
        Double px = pitchX.get().isBlank() ? lw : millimetres(pitchX, "pitchX", problems);
        Double py = pitchY.get().isBlank() ? lh : millimetres(pitchY, "pitchY", problems);
        Double ox = millimetres(offsetX, "offsetX", problems);
        Double oy = millimetres(offsetY, "offsetY", problems);
        Integer resolution = dpi.get().isBlank() ? null : wholeNumber(dpi.get(), text.get("error.dpi"), problems);
        if (cols != null && rowCount != null && (cols < 1 || rowCount < 1 || cols > 20 || rowCount > 30)) {
            problems.add(text.get("error.grid"));
        }
        if (!problems.isEmpty()) {
            return Typed.refused(problems);
        }
        return Typed.of(new LabelStock(LabelStocks.code(code.get()), name.get().trim(), pw, ph, cols, rowCount, lw,
                lh, ml, mt, px, py, ox, oy, resolution, printer.get().isBlank() ? null : printer.get().trim(),
                retired));
    }

    private Double millimetres(StringProperty field, String name, List<String> problems) {
        String problem = text.get("error.mm", text.get("label." + name));
        BigDecimal value = decimal(field.get(), v -> v, problem, problems);
        if (value == null) {
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
            return null;
        }
        return value.doubleValue();
    }

    @Override
    protected String describe(LabelStock entry) {
        return text.get("entry", entry.code());
    }

    /**
     * Writes the calibration page of the chosen stock with the offsets as typed (not yet saved), so a volunteer can
     * print, measure, adjust and print again before saving; then opens it for printing at 100 %.
     */
    public void writeTestPage() {
        if (selectedProperty().get() == null) {
            return;
        }
        Typed<LabelStock> form = typed();
        if (form.entry() == null) {
            setStatus(String.join(" ", form.problems()));
            return;
        }
        LabelStock stock = selectedProperty().get();
        context.dialogs().chooseFileToSave(text.get("testPage.title"), "test-page-" + stock.code() + ".pdf",
                text.get("testPage.filter"), "pdf").ifPresent(file -> write(stock.code(), form.entry(), file));
    }

    private void write(String stockCode, LabelStock typed, Path file) {
        context.tasks().execute(BackgroundTask.of(text.get("testPage.title"), progress -> {
                    stocks.writeTestPage(stockCode, typed.offsetXMm(), typed.offsetYMm(),
                            Language.fromCode(Catalogue.languageOf(Locale.getDefault()).getLanguage()).orElse(Language.EN), file);
                    return file;
                })
                .onSuccess(written -> {
                    setStatus(text.get("testPage.written", written.getFileName()));
                    context.dialogs().openInSystemViewer(written);
                })
                .onFailure(error -> {
                    if (error instanceof UserInputException refused) {
                        setStatus(String.join(" ", refused.messages().stream().map(this::render).toList()));
                    } else {
                        context.dialogs().showError(text.get("testPage.failed", file), error);
                    }
                }));
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty pageWidthProperty() {
        return pageWidth;
    }

    public StringProperty pageHeightProperty() {
        return pageHeight;
    }

    public StringProperty columnsProperty() {
        return columns;
    }

    public StringProperty rowsProperty() {
        return rows;
    }

    public StringProperty labelWidthProperty() {
        return labelWidth;
    }

    public StringProperty labelHeightProperty() {
        return labelHeight;
    }

    public StringProperty marginLeftProperty() {
        return marginLeft;
    }

    public StringProperty marginTopProperty() {
        return marginTop;
    }

    public StringProperty pitchXProperty() {
        return pitchX;
    }

    public StringProperty pitchYProperty() {
        return pitchY;
    }

    public StringProperty offsetXProperty() {
        return offsetX;
    }

    public StringProperty offsetYProperty() {
        return offsetY;
    }

    public StringProperty dpiProperty() {
        return dpi;
    }

    public StringProperty printerProperty() {
        return printer;
    }
}
