package org.shipshape.model.customs;

import java.util.Objects;
import org.shipshape.model.common.Message;
import org.shipshape.model.common.Severity;

/**
 * One thing wrong with a shipment's documents, as messages the caller renders in the user's language.
 *
 * @param where   the package and line ({@code customs.where.line}: "package MLI-0042, line 3"), or the shipment
 * @param problem what is wrong, one plain sentence
 * @param fix     how to put it right, one plain sentence
 */
public record PackProblem(Severity severity, Message where, Message problem, Message fix) {
    public PackProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCK;
    }

    /** The whole problem on one line ("Blocking: package MLI-0042, line 3: ... Fix ..."), for the command line. */
    public Message summary() {
        return Message.of(isBlocking() ? "customs.problem.blocking" : "customs.problem.warning", where, problem, fix);
    }
}
