package org.shipshape.logic.planning;

import java.util.Locale;
import org.shipshape.model.planning.PlanNotice;

/** Plan notices in English, for the printed loading plan and the command line; screens word them themselves. */
public final class PlanNoticeText {
    private PlanNoticeText() {
    }

    public static String english(PlanNotice notice) {
        double value = notice.value();
        return switch (notice.kind()) {
            case CENTRE_OF_GRAVITY_ALONG_LENGTH -> String.format(Locale.ROOT,
                    "The centre of gravity lies %.0f cm towards the %s from the middle of the length; the limit is"
                            + " %.0f cm. No plan found keeps it within: move heavy packages towards the %s.",
                    Math.abs(value), value < 0 ? "back wall" : "door", notice.limit(),
                    value < 0 ? "door" : "back wall");
            case CENTRE_OF_GRAVITY_ACROSS_WIDTH -> String.format(Locale.ROOT,
                    "The centre of gravity lies %.0f cm to the %s of the middle of the width; the limit is %.0f cm."
                            + " Balance the load across the width.",
                    Math.abs(value), value < 0 ? "left" : "right", notice.limit());
            case OVER_PAYLOAD -> String.format(Locale.ROOT,
                    "The load weighs %.0f kg, more than the payload of %.0f kg.", value, notice.limit());
            case LOAD_STARTS_AWAY_FROM_BACK_WALL -> String.format(Locale.ROOT,
                    "Start loading %.0f cm from the back wall, so that the centre of gravity stays near the middle;"
                            + " block or brace the load there.", value);
        };
    }
}
