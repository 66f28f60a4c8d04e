package org.shipshape.gui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DatePicker;
import javafx.scene.input.MouseEvent;
import javafx.util.StringConverter;

/**
 * A date field that reads what the user types in the short and medium forms of their language and in ISO form
 * (2026-03-25), and that never throws: text that is not a date becomes a
 * field error ("'Books' is not a date; type it like 25/03/2026") that the screen shows beside the field, and the
 * field is left empty rather than keeping a date the user did not mean.
 */
public final class DateFields {
    private DateFields() {
    }

    /**
     * Makes the picker safe and returns its error text: empty while the typed text is a date (or empty), the sentence
     * to show while it is not.
     */
    public static ReadOnlyStringProperty guard(DatePicker picker) {
        Messages text = Messages.of(DateFields.class);
        ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
        Locale locale = Locale.getDefault();
        DateTimeFormatter shortForm = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        DateTimeFormatter mediumForm = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String example = shortForm.format(LocalDate.of(2026, 3, 25));
        picker.setPromptText(example);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : shortForm.format(date);
            }

            @Override
            public LocalDate fromString(String typed) {
                String trimmed = typed == null ? "" : typed.trim();
                if (trimmed.isEmpty()) {
                    error.set("");
                    return null;
                }
                for (DateTimeFormatter form : new DateTimeFormatter[] {shortForm, mediumForm,
                    DateTimeFormatter.ISO_LOCAL_DATE}) {
                    try {
                        LocalDate date = LocalDate.parse(trimmed, form);
                        error.set("");
                        return date;
                    } catch (DateTimeParseException notThisForm) {
                        // try the next form
                    }
                }
                error.set(text.get("notADate", trimmed, example));
                return null;
            }
        });
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                error.set("");
            }
        });
        selectTextWhenTabbedInto(picker);
        return error.getReadOnlyProperty();
    }

    /**
     * A date reached by Tab is selected, as a text field's text is, so what is typed replaces it: the picker, not its
     * editor, holds the focus, and JavaFX left the caret before the date (typing 25/03/2026 made "25/03/202602/12/2026",
     * not a date). A click still puts the caret where it lands.
     */
    private static void selectTextWhenTabbedInto(DatePicker picker) {
        boolean[] pressed = new boolean[1];
        picker.addEventFilter(MouseEvent.MOUSE_PRESSED, press -> pressed[0] = true);
        picker.addEventFilter(MouseEvent.MOUSE_RELEASED, release -> pressed[0] = false);
        picker.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && !pressed[0]) {
                // after the skin has handed its editor the focus, which puts the caret back at the start
                Platform.runLater(picker.getEditor()::selectAll);
            }
        });
    }
}
