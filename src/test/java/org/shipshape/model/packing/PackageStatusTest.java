package org.shipshape.model.packing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shipshape.model.packing.PackageStatus.LOADED;
import static org.shipshape.model.packing.PackageStatus.OPEN;
import static org.shipshape.model.packing.PackageStatus.SEALED;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackageStatusTest {
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "OPEN, SEALED, true", "OPEN, LOADED, false", "OPEN, OPEN, false",
        "SEALED, OPEN, true", "SEALED, LOADED, true", "SEALED, SEALED, false",
        "LOADED, SEALED, true", "LOADED, OPEN, false", "LOADED, LOADED, false",
    })
    void onlyTheDocumentedStepsAreAllowed(PackageStatus from, PackageStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"OPEN, true", "SEALED, false", "LOADED, false"})
    void onlyAnOpenPackageAcceptsChangesToItsLines(PackageStatus status, boolean accepts) {
        assertThat(status.acceptsChanges()).isEqualTo(accepts);
        assertThat(OPEN.acceptsChanges()).isTrue();
        assertThat(SEALED.canMoveTo(LOADED)).isTrue();
    }
}
