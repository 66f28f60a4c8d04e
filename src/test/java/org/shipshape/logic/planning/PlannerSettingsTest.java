package org.shipshape.logic.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PlannerSettingsTest {
    @Test
    void combinedBlocksMayBeOnePointLessFullOnlyWhenThereAreManyBoxTypes() {
        PlannerSettings settings = PlannerSettings.defaults();

        assertThat(settings.blockFillFor(3)).isEqualTo(settings.minBlockFill());
        assertThat(settings.blockFillFor(PlannerSettings.MANY_BOX_TYPES)).isEqualTo(settings.minBlockFill());
        assertThat(settings.blockFillFor(PlannerSettings.MANY_BOX_TYPES + 1))
                .isCloseTo(settings.minBlockFill() - 0.01, within(1e-12));
        assertThat(settings.blockFillFor(100)).isCloseTo(settings.minBlockFill() - 0.01, within(1e-12));
    }
}
