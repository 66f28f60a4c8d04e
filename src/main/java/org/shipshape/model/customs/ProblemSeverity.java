package org.shipshape.model.customs;

/** A blocking problem stops the final pack; a warning is shown and printed over. */
public enum ProblemSeverity {
    BLOCKING, WARNING
}
