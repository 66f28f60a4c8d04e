package org.shipshape.model.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shipshape.model.shipments.ShipmentStatus.ARRIVED;
import static org.shipshape.model.shipments.ShipmentStatus.CLOSED;
import static org.shipshape.model.shipments.ShipmentStatus.LOADING;
import static org.shipshape.model.shipments.ShipmentStatus.PACKING;
import static org.shipshape.model.shipments.ShipmentStatus.PLANNING;
import static org.shipshape.model.shipments.ShipmentStatus.SEALED;
import static org.shipshape.model.shipments.ShipmentStatus.SHIPPED;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShipmentStatusTest {
    @Test
    void movesOnOneStepAtATimeInTheDocumentedOrder() {
        assertThat(PLANNING.next()).contains(PACKING);
        assertThat(PACKING.next()).contains(LOADING);
        assertThat(LOADING.next()).contains(SEALED);
        assertThat(SEALED.next()).contains(SHIPPED);
        assertThat(SHIPPED.next()).contains(ARRIVED);
        assertThat(ARRIVED.next()).contains(CLOSED);
        assertThat(CLOSED.next()).isEmpty();
        assertThat(PLANNING.previous()).isEmpty();
        assertThat(CLOSED.previous()).contains(ARRIVED);
    }

    @ParameterizedTest
    @EnumSource(ShipmentStatus.class)
    void skippingAheadIsNeverAllowedAndStayingIsNoMove(ShipmentStatus from) {
        for (ShipmentStatus to : ShipmentStatus.values()) {
            boolean oneStepOn = to.ordinal() == from.ordinal() + 1;
            boolean back = to.ordinal() < from.ordinal();
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(oneStepOn || back);
        }
    }

    @Test
    void goingBackFromSealedOrLaterIsAReopening() {
        assertThat(SEALED.isReopeningTo(LOADING)).isTrue();
        assertThat(CLOSED.isReopeningTo(PLANNING)).isTrue();
        assertThat(LOADING.isReopeningTo(PACKING)).isFalse();
        assertThat(SEALED.isReopeningTo(SHIPPED)).isFalse();
        assertThat(LOADING.isLocked()).isFalse();
        assertThat(SEALED.isLocked()).isTrue();
    }
}
