package org.shipshape.gui.common;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;

/**
 * Suggestions under a text field that never change what was typed by themselves. The list follows each key at
 * once (on the user-interface thread, no delay), so a scanner's or a fast typist's keys land whole in the field;
 * a suggestion is taken only with Down then Enter, or a click. Tab moves on and keeps exactly the typed text;
 * Escape closes the list. The list is styled by the window's theme ({@code .type-ahead} in shipshape.css).
 */
public final class TypeAhead {
    private static final int LIMIT = 12;
    private final TextField field;
    private final Supplier<? extends Collection<String>> values;
    private final ListView<String> list = new ListView<>();
    private final Popup popup = new Popup();
    private boolean choosing;

    private TypeAhead(TextField field, Supplier<? extends Collection<String>> values) {
        this.field = field;
        this.values = values;
        list.setId(field.getId() == null ? null : field.getId() + "-suggestions");
        list.getStyleClass().add("type-ahead");
        list.setFocusTraversable(false);
        list.setFixedCellSize(28);
        list.setCellFactory(view -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !cell.isEmpty()) {
                    take(cell.getItem());
                }
            });
            return cell;
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);
        popup.setConsumeAutoHidingEvents(false);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.textProperty().addListener((obs, old, text) -> {
            if (!choosing && field.isFocused()) {
                update(text);
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
    }

    /** Suggests the known values that contain what was typed, ignoring case. */
    public static TypeAhead attach(TextField field, Supplier<? extends Collection<String>> values) {
        return new TypeAhead(field, values);
    }

    /** The suggestions shown for the text, best first: values starting with it, then values containing it. */
    static List<String> suggestions(Collection<String> values, String typed) {
        String wanted = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<String> starting = values.stream().filter(v -> v.toLowerCase(Locale.ROOT).startsWith(wanted)
                && !v.equalsIgnoreCase(wanted)).limit(LIMIT).toList();
        List<String> containing = values.stream().filter(v -> !v.toLowerCase(Locale.ROOT).startsWith(wanted)
                && v.toLowerCase(Locale.ROOT).contains(wanted)).limit(LIMIT).toList();
        return java.util.stream.Stream.concat(starting.stream(), containing.stream()).distinct().limit(LIMIT)
                .toList();
    }

    private void update(String text) {
        List<String> found = suggestions(values.get(), text);
        if (found.isEmpty()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(found);
        list.getSelectionModel().clearSelection();
        list.setPrefHeight(Math.min(found.size(), 8) * list.getFixedCellSize() + 4);
        if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            Bounds screen = field.localToScreen(field.getBoundsInLocal());
            if (screen != null) {
                list.setPrefWidth(Math.max(field.getWidth(), 240));
                popup.show(field, screen.getMinX(), screen.getMaxY());
            }
        }
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> {
                if (!popup.isShowing()) {
                    update(field.getText());
                } else {
                    int next = Math.min(list.getSelectionModel().getSelectedIndex() + 1, list.getItems().size() - 1);
                    list.getSelectionModel().select(next);
                    list.scrollTo(next);
                }
                event.consume();
            }
            case UP -> {
                if (popup.isShowing()) {
                    int previous = list.getSelectionModel().getSelectedIndex() - 1;
                    if (previous < 0) {
                        list.getSelectionModel().clearSelection();
                    } else {
                        list.getSelectionModel().select(previous);
                        list.scrollTo(previous);
                    }
                    event.consume();
                }
            }
            case ENTER -> {
                String chosen = popup.isShowing() ? list.getSelectionModel().getSelectedItem() : null;
                if (chosen != null) {
                    take(chosen);
                    event.consume();
                } else {
                    popup.hide();
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                    event.consume();
                }
            }
            case TAB -> popup.hide();
            default -> {
                // typing goes to the field; the list follows the text
            }
        }
    }

    private void take(String value) {
        choosing = true;
        try {
            field.setText(value);
            field.positionCaret(value.length());
        } finally {
            choosing = false;
        }
        popup.hide();
    }

    /** True while the list is open (for tests and the screen's own Enter handling). */
    public boolean isShowing() {
        return popup.isShowing();
    }
}
