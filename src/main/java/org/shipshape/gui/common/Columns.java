package org.shipshape.gui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Table columns as wide as their content: each column is sized to its header and the widest of its first rows when
 * rows arrive, can be dragged wider or narrower, and keeps the width the user gave it (per table and column, in the
 * user's preferences). A table wider than its place scrolls sideways instead of cutting text short.
 */
public final class Columns {
    private static final Logger LOG = LoggerFactory.getLogger(Columns.class);
    private static final String DISPLAY = "shipshape.display";
    private static final String FITTING_PAUSED = "shipshape.fittingPaused";
    private static final String FIT = "shipshape.fit";
    /** Enough rows to find the wide ones without measuring 100,000. */
    private static final int MEASURED_ROWS = 400;
    private static final double PADDING = 30;
    /** Wider text (a long list of contents) makes the table scroll sideways rather than cut it. */
    private static final double MAX_WIDTH = 1600;
    /** TableColumn's width until it is given one (TableColumnHeader fits such columns to their rows itself). */
    private static final double JAVAFX_DEFAULT_WIDTH = 80;

    private Columns() {
    }

    /** A read-only column of text. */
    public static <S> TableColumn<S, String> text(String title, String id, Function<S, String> value) {
        return Tables.column(title, id, value);
    }

    /**
     * A column holding a value that sorts as itself (a date, a number) but shows as text, such as a date in the user's
     * style or an amount with thousands separators.
     */
    public static <S, T extends Comparable<? super T>> TableColumn<S, T> shown(String title, String id,
                                                                            Function<S, T> value,
                                                                            Function<T, String> display) {
        TableColumn<S, T> column = Tables.column(title, id, value);
        column.getProperties().put(DISPLAY, display);
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : display.apply(item));
            }
        });
        return column;
    }

    /** Right-aligns a column of numbers. */
    public static <S, T> TableColumn<S, T> numeric(TableColumn<S, T> column) {
        column.getStyleClass().add("numeric");
        return column;
    }

    /**
     * Sizes the table's columns to their content whenever rows arrive, except those the user has sized, and
     * remembers the widths the user gives them.
     *
     * @param key names the table in the user's preferences, such as "inventory"
     */
    public static void fitToContent(TableView<?> table, String key) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        watchHeaderDrags(table);
        Preferences stored = Preferences.userRoot().node("org/shipshape/columns/" + key);
        boolean[] fitting = {false};
        Text titleMeasure = new Text();
        titleMeasure.setFont(Font.getDefault());
        for (TableColumn<?, ?> column : table.getColumns()) {
            String name = columnKey(column);
            double remembered = stored.getDouble(name, -1);
            if (remembered > 0) {
                column.setPrefWidth(remembered);
                column.getProperties().put("shipshape.userSized", true);
            } else {
                startAtTitleWidth(column, titleMeasure);
            }
            column.widthProperty().addListener((obs, old, width) -> {
                if (!fitting[0] && table.getSkin() != null && Math.abs(width.doubleValue() - old.doubleValue()) > 0.5
                        && isUserResizing(table)) {
                    column.getProperties().put("shipshape.userSized", true);
                    stored.putDouble(name, width.doubleValue());
                    flush(stored);
                }
            });
        }
        Runnable fit = new Runnable() {
            private int waitedForCells;

            @Override
            public void run() {
                if (table.getProperties().containsKey(FITTING_PAUSED)) {
                    return;
                }
                // the text is measured in the font of the table's cells, which exist once the table was laid out
                if (!table.getItems().isEmpty() && table.lookup(".table-cell") == null && waitedForCells++ < 5) {
                    Platform.runLater(this);
                    return;
                }
                fitting[0] = true;
                try {
                    fit(table);
                } finally {
                    fitting[0] = false;
                }
            }
        };
        table.getProperties().put(FIT, fit);
        table.getItems().addListener((ListChangeListener<Object>) change -> Platform.runLater(fit));
        table.itemsProperty().addListener((obs, old, now) -> Platform.runLater(fit));
        table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(fit));
        Platform.runLater(fit);
    }

    /**
     * Gives the column its title's width until rows arrive and {@link #fit} measures them. JavaFX fits a column still
     * at its default width itself as its header enters the window, making and styling a row for each of the first 30
     * rows in every column: on the inventory's stand-in rows, in a cold start, that was one pulse of 1.5 s in which
     * the window answered no key. A column at any other width is left to this class.
     */
    private static void startAtTitleWidth(TableColumn<?, ?> column, Text measure) {
        double start = wanted(column, titleWidth(column, measure));
        column.setPrefWidth(start == JAVAFX_DEFAULT_WIDTH ? start + 1 : start);
    }

    private static double titleWidth(TableColumn<?, ?> column, Text measure) {
        return width(column.getText(), measure) + 14;
    }

    /** The width a column is given for its widest text. */
    private static double wanted(TableColumn<?, ?> column, double widest) {
        return Math.max(column.getMinWidth(), Math.min(MAX_WIDTH, Math.ceil(widest * 1.04 + PADDING)));
    }

    /**
     * Stops or resumes fitting the table's columns to its rows, for rows that are not the table's content (stand-ins
     * listed only so that JavaFX makes the table's rows ahead of time): measuring them is work for nothing. Resuming
     * fits the columns to the rows listed then.
     */
    public static void pauseFitting(TableView<?> table, boolean paused) {
        if (paused) {
            table.getProperties().put(FITTING_PAUSED, true);
        } else if (table.getProperties().remove(FITTING_PAUSED) != null
                && table.getProperties().get(FIT) instanceof Runnable fit) {
            Platform.runLater(fit);
        }
    }

    /** A drag on a header border is the only way the user changes a width; layout passes do not count. */
    private static boolean isUserResizing(TableView<?> table) {
        return table.getProperties().containsKey("shipshape.resizing");
    }

    /** Marks the table while the mouse drags in its header, so that width changes then are the user's. */
    private static void watchHeaderDrags(TableView<?> table) {
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> table.getProperties()
                .put("shipshape.resizing", true));
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> table.getProperties()
                .remove("shipshape.resizing"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fit(TableView<?> table) {
        // one Text measures the strings, each distinct one once and only while it could be the widest
        Text measure = new Text();
        measure.setFont(fontOf(table));
        double widestCharacter = widestCharacter(measure);
        int rows = Math.min(table.getItems().size(), MEASURED_ROWS);
        for (TableColumn column : table.getColumns()) {
            if (Boolean.TRUE.equals(column.getProperties().get("shipshape.userSized"))) {
                continue;
            }
            double widest = titleWidth(column, measure);
            Function<Object, String> display = (Function<Object, String>) column.getProperties().get(DISPLAY);
            Set<String> shownTexts = new HashSet<>();
            for (int row = 0; row < rows; row++) {
                Object value = column.getCellData(row);
                String shown = value == null ? null : display == null ? value.toString() : display.apply(value);
                if (shown != null) {
                    shownTexts.add(shown);
                }
            }
            widest = Math.max(widest, widestOf(shownTexts, measure, widestCharacter));
            double wanted = wanted(column, widest);
            // once fitted a column only grows, so it does not jump narrower while the user filters
            if (Boolean.TRUE.equals(column.getProperties().get("shipshape.fitted"))) {
                wanted = Math.max(wanted, column.getPrefWidth());
            }
            column.getProperties().put("shipshape.fitted", true);
            column.setPrefWidth(wanted);
        }
    }

    /**
     * The width of the widest of these texts. Laying a text out is what costs (a table fitted 400 rows of 12 columns
     * in one go, tens of milliseconds the window could not react): longest first, and a text stops the search once
     * even its length in the widest characters would not be wider than the widest measured.
     */
    private static double widestOf(Set<String> texts, Text measure, double widestCharacter) {
        List<String> longestFirst = new ArrayList<>(texts);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        double widest = 0;
        for (String shown : longestFirst) {
            if (shown.length() * widestCharacter <= widest) {
                break;
            }
            widest = Math.max(widest, width(shown, measure));
        }
        return widest;
    }

    /**
     * An upper bound of a character's width in the font: the widest of wide Latin and Cyrillic letters and signs, with
     * room for a wider one from a fallback font.
     */
    private static double widestCharacter(Text measure) {
        double widest = 0;
        for (String wide : List.of("M", "W", "@", "%", "Ж", "Щ", "Ш", "Ю", "—")) {
            widest = Math.max(widest, width(wide, measure));
        }
        return widest * 1.5;
    }

    private static Font fontOf(TableView<?> table) {
        javafx.scene.Node cell = table.lookup(".table-cell");
        if (cell instanceof javafx.scene.control.Labeled labeled) {
            return labeled.getFont();
        }
        return Font.getDefault();
    }

    private static double width(String text, Text measure) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    private static String columnKey(TableColumn<?, ?> column) {
        return column.getId() != null ? column.getId() : column.getText();
    }

    private static void flush(Preferences stored) {
        try {
            stored.flush();
        } catch (BackingStoreException e) {
            LOG.debug("Could not remember a column width", e);
        }
    }
}
