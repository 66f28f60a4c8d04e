package org.shipshape.logic.io;

import java.util.Locale;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Message;

/**
 * A typed value (a number, a date) that a field does not accept, with the {@link Message} that says why. It is an
 * {@link IllegalArgumentException} so the readers' callers keep one catch; {@link #getMessage()} is the message in
 * the default locale's language, for callers that still show plain text.
 */
public final class RefusedValue extends IllegalArgumentException {
    private final transient Message reason;

    public RefusedValue(Message reason) {
        super(reason.key());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return Catalogue.of(Locale.getDefault()).render(reason);
    }
}
