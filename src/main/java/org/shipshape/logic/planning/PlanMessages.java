package org.shipshape.logic.planning;

import org.shipshape.model.common.Message;
import org.shipshape.model.planning.PlanNotice;

/** What to tell the user about a plan notice, as a message of the catalogue ({@code planning.notice.*}). */
public final class PlanMessages {
    private PlanMessages() {
    }

    public static Message of(PlanNotice notice) {
        double value = notice.value();
        return switch (notice.kind()) {
            case CENTRE_OF_GRAVITY_ALONG_LENGTH -> Message.of(value < 0 ? "planning.notice.lengthTowardsBack"
                    : "planning.notice.lengthTowardsDoor", Math.abs(value), notice.limit());
            case CENTRE_OF_GRAVITY_ACROSS_WIDTH -> Message.of(value < 0 ? "planning.notice.widthLeft"
                    : "planning.notice.widthRight", Math.abs(value), notice.limit());
            case OVER_PAYLOAD -> Message.of("planning.notice.overPayload", value, notice.limit());
            case LOAD_STARTS_AWAY_FROM_BACK_WALL -> Message.of("planning.notice.backGap", value);
        };
    }
}
