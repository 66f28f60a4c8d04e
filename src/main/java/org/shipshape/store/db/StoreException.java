package org.shipshape.store.db;

/** The one unchecked exception the store lets out; wraps the SQL or I/O failure underneath. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
