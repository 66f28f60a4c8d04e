package org.shipshape.model.customs;

import org.shipshape.model.common.Severity;
import java.util.Objects;

/**
 * One thing wrong with a shipment's documents.
 *
 * @param where   the package and line ("package MLI-0042, line 3"), or "shipment"
 * @param problem what is wrong, one plain sentence
 * @param fix     how to put it right, one plain sentence
 */
public record PackProblem(Severity severity, String where, String problem, String fix) {
    public PackProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    public boolean isBlocking() {
        return severity == Severity.BLOCK;
    }

    /** "Blocking: package MLI-0042, line 3: the line has no HS code. Fix: ..." for the command line. */
    @Override
    public String toString() {
        return (isBlocking() ? "Blocking" : "Warning") + ": " + where + ": " + problem + " " + fix;
    }
}
