package org.shipshape.logic.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
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

    @Test
    void aPageCompressedAwayFromTheDocumentIsTheStreamToStreamMakes() throws IOException {
        try (PDDocument document = new PDDocument()) {
            byte[] expected;
            try (InputStream raw = squares().toStream(document).getCOSObject().createRawInputStream()) {
                expected = raw.readAllBytes();
            }
            ContentWriter writer = squares();

            PDStream stream = ContentWriter.deflatedStream(document, writer.deflate());

            assertThat(writer.isEmpty()).isTrue();
            assertThat(stream.getCOSObject().getItem(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
            try (InputStream raw = stream.getCOSObject().createRawInputStream()) {
                assertThat(raw.readAllBytes()).isEqualTo(expected);
            }
            try (InputStream decoded = stream.createInputStream()) {
                assertThat(new String(decoded.readAllBytes(), StandardCharsets.US_ASCII))
                        .startsWith("0 0 2 3 re\n1 0.25 2 3 re\n").endsWith("499 124.75 2 3 re\nf\n");
            }
        }
    }

    private static ContentWriter squares() {
        ContentWriter writer = new ContentWriter();
        for (int i = 0; i < 500; i++) {
            writer.number(i).number(i * 0.25f).number(2).number(3).operator("re");
        }
        return writer.operator("f");
    }
}
