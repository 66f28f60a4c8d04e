package org.shipshape.model.common;

/**
 * A failure that knows the one sentence the user should read (what happened, what is at risk, what to do), so the
 * window and the command line show it in the user's language instead of the technical detail underneath.
 */
public interface ExplainedFailure {
    Message text();
}
