package org.shipshape.logic.task;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;

/**
 * Input was rejected: each problem is a {@link Message} that names the field or row and says what to do, rendered
 * in the user's language by whoever shows it ({@code Messages.render} in the window, {@code RootOptions.text()} on
 * the command line). Nothing was saved. The command line exits with code 1.
 */
public class UserInputException extends RuntimeException {
    private final List<Message> messages;

    public UserInputException(Message problem, Message... more) {
        this(concat(problem, more));
    }

    public UserInputException(Collection<Message> problems) {
        super(inEnglish(List.copyOf(problems)));
        this.messages = List.copyOf(problems);
    }

    /** The problems, to be rendered in the user's language. */
    public List<Message> messages() {
        return messages;
    }

    private static List<Message> concat(Message first, Message... more) {
        List<Message> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(Arrays.asList(more));
        return all;
    }

    /** For the log and stack traces, which are read in English. */
    private static String inEnglish(List<Message> problems) {
        if (problems.isEmpty()) {
            return "Input rejected";
        }
        Catalogue english = Catalogue.of(Language.EN);
        return String.join(System.lineSeparator(), problems.stream().map(english::render).toList());
    }
}
