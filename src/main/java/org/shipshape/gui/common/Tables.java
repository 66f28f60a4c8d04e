package org.shipshape.gui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/** Small builders shared by the screens' tables and choice boxes. */
public final class Tables {
    private Tables() {
    }

    /** A read-only column showing a value of each row. */
    public static <S, T> TableColumn<S, T> column(String title, String id, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** Shows the column's values by a label (a date or number in the window's language) and still sorts by value. */
    public static <S, T> TableColumn<S, T> shownAs(TableColumn<S, T> column, Function<T, String> label) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        return column;
    }

    /** Shows values by a label (choice boxes that are not typed into need no way back from text). */
    public static <T> StringConverter<T> showing(Function<T, String> label, String whenNone) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? whenNone : label.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
