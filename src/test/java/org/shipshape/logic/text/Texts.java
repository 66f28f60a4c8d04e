package org.shipshape.logic.text;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;

/** Messages as a volunteer reads them, for tests that check the words and not only the key. */
public final class Texts {
    private static final Catalogue ENGLISH = Catalogue.of(Language.EN);
    private static final Catalogue FRENCH = Catalogue.of(Language.FR);

    private Texts() {
    }

    public static String english(Message message) {
        return ENGLISH.render(message);
    }

    public static String french(Message message) {
        return FRENCH.render(message);
    }

    public static List<String> english(Collection<Message> messages) {
        return messages.stream().map(ENGLISH::render).toList();
    }

    public static List<String> french(Collection<Message> messages) {
        return messages.stream().map(FRENCH::render).toList();
    }

    /** The message in English, or empty. */
    public static Optional<String> english(Optional<Message> message) {
        return message.map(ENGLISH::render);
    }

    /** Every problem of a rejection, in English. */
    public static List<String> english(UserInputException rejected) {
        return english(rejected.messages());
    }

    /** Every problem of a rejection, in French. */
    public static List<String> french(UserInputException rejected) {
        return french(rejected.messages());
    }
}
