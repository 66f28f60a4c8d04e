package org.shipshape.logic.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentWriterTest {
    private static String written(ContentWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(out);
        return out.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void wholeNumbersOfEveryLengthAndSignAreWrittenInFull() throws IOException {
        ContentWriter writer = new ContentWriter();
        for (int value : new int[] {0, 7, -1, 10, 99, 100, -4321, 1_000_000, Integer.MAX_VALUE, -Integer.MAX_VALUE}) {
            writer.number(value);
        }
        assertThat(written(writer)).isEqualTo("0 7 -1 10 99 100 -4321 1000000 2147483647 -2147483647 ");
    }

    @Test
    void decimalsAreWrittenAsPdfBoxWritesThemAndOperatorsEndTheLine() throws IOException {
        ContentWriter writer = new ContentWriter();
        writer.number(0.5f).number(1.04f).number(-12.25f).number(3f).operator("re");
        assertThat(written(writer)).isEqualTo("0.5 1.04 -12.25 3 re\n");
    }

    @Test
    void whatWasWrittenIsHandedOverOnceAndTheWriterStartsEmpty() throws IOException {
        ContentWriter writer = new ContentWriter();
        writer.operator("q");
        assertThat(written(writer)).isEqualTo("q\n");
        assertThat(writer.isEmpty()).isTrue();
        assertThat(written(writer)).isEmpty();
    }
}
