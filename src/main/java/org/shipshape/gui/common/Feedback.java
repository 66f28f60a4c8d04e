package org.shipshape.gui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The one-sentence answer of a screen to what the user just did: a success ("MLD-0042 is sealed.") or a problem
 * ("Count for Books: type how many"). Each has its own colour on every screen (style classes {@code message-success}
 * and {@code message-problem}).
 */
public final class Feedback {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();

    public void success(String sentence) {
        problem.set(false);
        message.set(sentence);
    }

    public void problem(String sentence) {
        problem.set(true);
        message.set(sentence);
    }

    public void clear() {
        message.set("");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the message reports a problem rather than a success. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A label showing the feedback in its colour, wrapping long sentences. */
    public static Label label(String id, Feedback feedback) {
        return label(id, feedback.messageProperty(), feedback.problemProperty());
    }

    public static Label label(String id, ReadOnlyStringProperty text, ObservableBooleanValue problem) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        colour(label, problem);
        return label;
    }

    /** Keeps the label's colour to what the flag says: red for a problem, green for a success. */
    public static void colour(Label label, ObservableBooleanValue problem) {
        Runnable style = () -> {
            label.getStyleClass().removeAll("message-success", "message-problem");
            label.getStyleClass().add(problem.get() ? "message-problem" : "message-success");
        };
        problem.addListener((obs, was, now) -> style.run());
        style.run();
    }
}
