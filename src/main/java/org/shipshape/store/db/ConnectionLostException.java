package org.shipshape.store.db;

import org.shipshape.model.common.ExplainedFailure;
import org.shipshape.model.common.Message;

/**
 * The connection to the server broke during an operation and could not be used again (docs/decisions/0014);
 * {@link #text()} says whether anything was saved and what to do. The next operation reconnects.
 */
public final class ConnectionLostException extends StoreException implements ExplainedFailure {
    private final transient Message text;

    ConnectionLostException(Message text, Throwable cause) {
        super(text.key() + " " + text.arguments(), cause);
        this.text = text;
    }

    @Override
    public Message text() {
        return text;
    }
}
