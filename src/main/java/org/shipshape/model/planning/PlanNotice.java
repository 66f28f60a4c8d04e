package org.shipshape.model.planning;

import java.util.Objects;

/**
 * Something the coordinator should know about a plan, as a kind and its figures; screens and documents word it in
 * the reader's language.
 *
 * @param value what the plan has (see each kind)
 * @param limit what is allowed, where the kind has a limit; otherwise 0
 */
public record PlanNotice(Kind kind, double value, double limit) {
    public PlanNotice {
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind {
        /**
         * The centre of gravity lies {@code value} cm from the middle of the length (positive: towards the door),
         * more than the {@code limit} cm the forwarder allows, and no plan found keeps it within.
         */
        CENTRE_OF_GRAVITY_ALONG_LENGTH(true),
        /** The same across the width (positive: towards the right-hand wall seen from the door). */
        CENTRE_OF_GRAVITY_ACROSS_WIDTH(true),
        /** The load weighs {@code value} kg, more than the payload of {@code limit} kg. */
        OVER_PAYLOAD(true),
        /**
         * A part load starts {@code value} cm from the back wall so that its centre of gravity stays within limits:
         * block or brace it there.
         */
        LOAD_STARTS_AWAY_FROM_BACK_WALL(false);

        private final boolean warning;

        Kind(boolean warning) {
            this.warning = warning;
        }

        /** True when the plan breaks a limit; false for loading instructions. */
        public boolean isWarning() {
            return warning;
        }
    }

    public boolean isWarning() {
        return kind.isWarning();
    }
}
