package org.shipshape.gui.common;

import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

/**
 * Table cells edited in place whose shown text differs from the text edited: a number shows as "1,250.5" but is
 * edited as "1250.5", so a thousands separator can never be read back as a decimal one.
 */
public final class EditableCells {
    private EditableCells() {
    }

    /** @param shown the text shown for the edited text, such as a number with thousands separators */
    public static <S> void install(TableColumn<S, String> column, Function<String, String> shown) {
        column.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && item != null && !isEditing()) {
                    setText(shown.apply(item));
                }
            }

            @Override
            public void cancelEdit() {
                super.cancelEdit();
                if (getItem() != null) {
                    setText(shown.apply(getItem()));
                }
            }
        });
        column.getProperties().put("shipshape.display", shown);
    }
}
