package org.shipshape.logic.task;

import java.util.List;

/**
 * Input was rejected: each problem is one plain sentence that names the field or row and says what to do.
 * Nothing was saved. The command line exits with code 1.
 */
public class UserInputException extends RuntimeException {
    private final List<String> problems;

    public UserInputException(String problem) {
        this(List.of(problem));
    }

    public UserInputException(List<String> problems) {
        super(problems.isEmpty() ? "Input rejected" : String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
