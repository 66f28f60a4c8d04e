package org.shipshape.logic.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.planning.BrInstanceReader.BoxTypeLine;
import org.shipshape.logic.planning.BrInstanceReader.BrInstance;

class BrInstanceGeneratorTest {
    @Test
    void reproducesEveryPublishedBr1InstanceFromItsSeed() throws IOException {
        List<BrInstance> published = BrInstanceReader.read(BrInstanceReaderTest.BR1);

        for (BrInstance expected : published) {
            BrInstance generated = BrInstanceGenerator.generate(expected.problem(), expected.seed(), 3);
            assertThat(describe(generated)).as("problem %d", expected.problem()).isEqualTo(describe(expected));
        }
    }

    @Test
    void heterogeneousSetHasTheAskedTypesAndFillsTheContainerAlmostExactly() {
        List<BrInstance> set = BrInstanceGenerator.heterogeneousSet(new int[] {30, 100}, 2, 3_000_001L);

        assertThat(set).extracting(i -> i.boxTypes().size()).containsExactly(30, 30, 100, 100);
        assertThat(set).extracting(BrInstance::problem).containsExactly(1, 2, 3, 4);
        long container = (long) BrInstanceGenerator.LENGTH * BrInstanceGenerator.WIDTH * BrInstanceGenerator.HEIGHT;
        for (BrInstance instance : set) {
            assertThat(instance.cargoVolume()).isLessThanOrEqualTo(container).isGreaterThan(container * 95 / 100);
            for (BoxTypeLine line : instance.boxTypes()) {
                assertThat(line.sides()[0]).isGreaterThanOrEqualTo(line.sides()[1]);
                assertThat(line.sides()[1]).isGreaterThanOrEqualTo(line.sides()[2]);
                assertThat(line.mayBeVertical()[2]).isTrue();
            }
        }
    }

    @Test
    void writtenFileReadsBackTheSame(@TempDir Path dir) throws IOException {
        List<BrInstance> set = BrInstanceGenerator.heterogeneousSet(new int[] {40}, 3, 5_000_001L);
        Path file = dir.resolve("het.txt");

        BrInstanceGenerator.write(set, file);

        assertThat(BrInstanceReader.read(file).stream().map(BrInstanceGeneratorTest::describe).toList())
                .isEqualTo(set.stream().map(BrInstanceGeneratorTest::describe).toList());
    }

    private static String describe(BrInstance instance) {
        StringBuilder text = new StringBuilder(instance.problem() + " " + instance.seed() + " " + instance.length()
                + "x" + instance.width() + "x" + instance.height());
        for (BoxTypeLine line : instance.boxTypes()) {
            text.append(" | ").append(java.util.Arrays.toString(line.sides()))
                    .append(java.util.Arrays.toString(line.mayBeVertical())).append(' ').append(line.count());
        }
        return text.toString();
    }
}
