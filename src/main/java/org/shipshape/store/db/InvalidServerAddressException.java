package org.shipshape.store.db;

import org.shipshape.model.common.Message;

/** A {@code postgresql://} address that cannot be used; {@link #text()} says what is wrong with it. */
public final class InvalidServerAddressException extends IllegalArgumentException {
    private final transient Message text;

    InvalidServerAddressException(Message text, Throwable cause) {
        super(text.key(), cause);
        this.text = text;
    }

    public Message text() {
        return text;
    }
}
