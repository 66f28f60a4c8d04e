package org.shipshape.logic.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * Collects content-stream operators as bytes and hands them to the page in one write. Used where a document draws
 * thousands of small things (table cells, barcode bars, label text): PDFBox's per-operator calls check state,
 * encode each string again and add every character to the font subset on each call, which was a large share of a
 * 12,000-line pack and of 1,500 labels. Numbers are formatted as PDFBox formats them (at most five decimals) and
 * text is written as the same glyph codes {@code showText} writes, so the page draws exactly as before.
 */
public final class ContentWriter {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int MAX_FRACTION_DIGITS = 5;

    private byte[] bytes = new byte[4096];
    private int length;
    private final byte[] number = new byte[32];

    /** Appends a number followed by a space. */
    public ContentWriter number(float value) {
        int count = NumberFormatUtil.formatFloatFast(value, MAX_FRACTION_DIGITS, number);
        if (count < 0) {
            ascii(new java.math.BigDecimal(Float.toString(value)).setScale(MAX_FRACTION_DIGITS,
                    java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        } else {
            ensure(count);
            System.arraycopy(number, 0, bytes, length, count);
            length += count;
        }
        return put((byte) ' ');
    }

    /** Appends a whole number followed by a space. */
    public ContentWriter number(int value) {
        ensure(12);
        long rest = value;
        if (rest < 0) {
            bytes[length++] = '-';
            rest = -rest;
        }
        int end = length + (rest == 0 ? 1 : (int) Math.log10(rest) + 1);
        for (int at = end - 1; at >= length; at--) {
            bytes[at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        length = end;
        return put((byte) ' ');
    }

    /** Appends an operator and ends the line. */
    public ContentWriter operator(String name) {
        return ascii(name).put((byte) '\n');
    }

    /** Appends a resource name (such as a font's /F1) followed by a space. */
    public ContentWriter name(COSName resource) {
        return put((byte) '/').ascii(resource.getName()).put((byte) ' ');
    }

    /** Appends {@code <codes> Tj}: the text (already {@link PdfFonts#printable}) in the font's glyph codes. */
    public ContentWriter show(Glyphs glyphs, String printableText) {
        put((byte) '<');
        for (int i = 0; i < printableText.length(); i++) {
            char c = printableText.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < printableText.length()) {
                hex(glyphs.encode(printableText.substring(i, i + 2)));
                i++;
            } else {
                hex(glyphs.code(c));
            }
        }
        return put((byte) '>').put((byte) ' ').operator("Tj");
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** Writes what was collected to the stream and starts empty again. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
        length = 0;
    }

    /**
     * What was collected, as a new compressed content stream of the document (a page's contents or a form's), and
     * starts empty again.
     */
    public PDStream toStream(PDDocument document) {
        PDStream stream = new PDStream(document);
        try (OutputStream target = stream.createOutputStream(COSName.FLATE_DECODE)) {
            writeTo(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a content stream", e);
        }
        return stream;
    }

    /**
     * What was collected, compressed as PDFBox compresses a content stream, and starts empty again. Unlike
     * {@link #toStream} it needs no document, so pages can be compressed on other threads than the one that
     * assembles the (not thread-safe) document; {@link #deflatedStream} then hands the bytes to it.
     */
    public byte[] deflate() {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, length / 3));
        try {
            FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE).encode(new ByteArrayInputStream(bytes, 0, length),
                    compressed, new COSDictionary(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not compress a content stream", e);
        }
        length = 0;
        return compressed.toByteArray();
    }

    /** A content stream of the document holding bytes made by {@link #deflate}: the same stream toStream makes. */
    public static PDStream deflatedStream(PDDocument document, byte[] deflated) {
        PDStream stream = new PDStream(document);
        COSStream cos = stream.getCOSObject();
        cos.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream target = cos.createRawOutputStream()) {
            target.write(deflated);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a content stream", e);
        }
        return stream;
    }

    private void hex(byte[] codes) {
        ensure(codes.length * 2);
        for (byte b : codes) {
            bytes[length++] = HEX[(b >> 4) & 0xF];
            bytes[length++] = HEX[b & 0xF];
        }
    }

    private ContentWriter ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    private ContentWriter put(byte b) {
        ensure(1);
        bytes[length++] = b;
        return this;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /**
     * The glyph codes of one embedded font, each character encoded once and added to the font's subset once, the
     * first time it is shown. Safe to share between threads drawing pages of the same document: a character not
     * yet known is encoded holding the font's lock (PDFBox's font is not thread-safe), the known ones without.
     */
    public static final class Glyphs {
        private final PDType0Font font;
        private final AtomicReferenceArray<byte[]> codes = new AtomicReferenceArray<>(0x10000);

        public Glyphs(PDType0Font font) {
            this.font = font;
        }

        public PDType0Font font() {
            return font;
        }

        byte[] code(char c) {
            byte[] known = codes.get(c);
            if (known == null) {
                synchronized (font) {
                    known = codes.get(c);
                    if (known == null) {
                        font.addToSubset(c);
                        known = encode(String.valueOf(c));
                        codes.set(c, known);
                    }
                }
            }
            return known;
        }

        byte[] encode(String text) {
            synchronized (font) {
                try {
                    text.codePoints().forEach(font::addToSubset);
                    return font.encode(text);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not encode text in " + font.getName(), e);
                }
            }
        }
    }
}
