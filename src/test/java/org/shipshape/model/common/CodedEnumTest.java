package org.shipshape.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.shipments.ShipmentStatus;

class CodedEnumTest {
    @Test
    void readsTheStoredCodeAndTheWaysPeopleTypeIt() {
        assertThat(CodedEnum.fromCode(Condition.class, "used-good")).contains(Condition.USED_GOOD);
        assertThat(CodedEnum.fromCode(Condition.class, " Used_Good ")).contains(Condition.USED_GOOD);
        assertThat(CodedEnum.fromCode(Condition.class, "FOR PARTS")).contains(Condition.FOR_PARTS);
    }

    @Test
    void refusesWhatIsNoCodeOfThatEnum() {
        assertThat(CodedEnum.fromCode(Condition.class, "broken")).isEmpty();
        assertThat(CodedEnum.fromCode(Condition.class, "")).isEmpty();
        assertThat(CodedEnum.fromCode(Condition.class, null)).isEmpty();
        assertThat(CodedEnum.fromCode(ShipmentStatus.class, "used-good")).as("another enum's code").isEmpty();
    }
}
