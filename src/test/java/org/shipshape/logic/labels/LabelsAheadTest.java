package org.shipshape.logic.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsAheadTest {
    @Test
    void codesEncodedAheadAreThoseEncodedOnTheSpotAndEachIsTakenOnce() {
        LabelsAhead ahead = new LabelsAhead();
        List<String> numbers = List.of("MLD-0001", "MLD-0002", "ARM-0107");
        ahead.encode(numbers);

        for (String number : numbers) {
            assertThat(ahead.take(number)).isDeepEqualTo(VectorBarcodes.qr(number));
        }
        // taken codes are gone; asking again encodes on the spot, with the same result
        assertThat(ahead.take("MLD-0001")).isDeepEqualTo(VectorBarcodes.qr("MLD-0001"));
    }

    @Test
    void clearedCodesAreEncodedOnTheSpotWhenAskedFor() {
        LabelsAhead ahead = new LabelsAhead();
        ahead.encode(List.of("MLD-0003", "MLD-0004"));
        ahead.clear();

        assertThat(ahead.take("MLD-0004")).isDeepEqualTo(VectorBarcodes.qr("MLD-0004"));
        assertThat(ahead.take("MLD-0004")[0]).isNotEmpty();
    }
}
