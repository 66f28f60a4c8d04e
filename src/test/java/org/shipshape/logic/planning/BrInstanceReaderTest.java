package org.shipshape.logic.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shipshape.logic.planning.BrInstanceReader.BoxTypeLine;
import org.shipshape.logic.planning.BrInstanceReader.BrInstance;
import org.shipshape.model.planning.Cargo;

class BrInstanceReaderTest {
    /** Class 1 of the published instances, bundled as a test resource. */
    static final Path BR1 = bundled("BR1.txt");

    static Path bundled(String name) {
        try {
            return Path.of(java.util.Objects.requireNonNull(BrInstanceReaderTest.class.getResource(name), name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsProblemOneOfBr1() throws IOException {
        List<BrInstance> instances = BrInstanceReader.read(BR1);

        assertThat(instances).hasSize(100);
        BrInstance first = instances.get(0);
        assertThat(first.problem()).isEqualTo(1);
        assertThat(first.seed()).isEqualTo(2502505L);
        assertThat(List.of(first.length(), first.width(), first.height())).containsExactly(587, 233, 220);
        assertThat(first.boxTypes()).hasSize(3);
        BoxTypeLine type1 = first.boxTypes().get(0);
        assertThat(type1.sides()).containsExactly(108, 76, 30);
        assertThat(type1.mayBeVertical()).containsExactly(false, false, true);
        assertThat(type1.count()).isEqualTo(40);
        assertThat(first.boxTypes().get(2).sides()).containsExactly(92, 81, 55);
        assertThat(first.items()).hasSize(40 + 33 + 39);
        assertThat(instances.get(99).problem()).isEqualTo(100);
    }

    @Test
    void itemsOfATypeKeepItsSizeAndOrientationFlags() {
        BrInstance instance = BrInstanceReader.parse(" 1\r\n 7 99\r\n 100 50 40\r\n 1\r\n 1 30 0 20 1 10 1 2\r\n",
                "inline").get(0);

        List<Cargo> items = instance.items();

        assertThat(items).hasSize(2);
        assertThat(items.get(0).mayBeVertical()).containsExactlyInAnyOrder(
                org.shipshape.model.planning.CargoAxis.WIDTH, org.shipshape.model.planning.CargoAxis.HEIGHT);
        assertThat(CargoType.orientationsOf(items.get(0))).hasNumberOfRows(4);
        assertThat(instance.cargoVolume()).isEqualTo(2 * 30 * 20 * 10);
    }

    @Test
    void rejectsTruncatedFileNamingWhatIsMissing() {
        assertThatThrownBy(() -> BrInstanceReader.parse(" 1\r\n 1 2502505\r\n 587 233", "short.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("short.txt").hasMessageContaining("container height");
    }
}
