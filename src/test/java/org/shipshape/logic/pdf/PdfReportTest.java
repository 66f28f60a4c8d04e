package org.shipshape.logic.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.GregorianCalendar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.shipshape.logic.customs.PdfText;
import org.shipshape.logic.pdf.PdfReport.Align;
import org.shipshape.logic.pdf.PdfReport.Column;
import org.shipshape.logic.pdf.PdfReport.Field;
import org.shipshape.logic.pdf.PdfReport.Party;
import org.shipshape.logic.pdf.PdfReport.RowStyle;

class PdfReportTest {
    private static PdfReport report(String watermark) {
        return PdfReport.create(PdfReport.Orientation.PORTRAIT,
                new PdfReport.Header("Packing list", "Փաթեթավորման ցուցակ",
                        List.of(new Field("Document no.", "ARM-2026-01-PL")),
                        List.of(new Party("Shipper", "Harbour of Hope\nBristol")),
                        List.of(new Field("Container", "CSQU3054383"), new Field("Seal", "S-1"))),
                new PdfReport.Footer("ARM-2026-01-PL", "Page {0} of {1}", watermark));
    }

    private static byte[] save(PdfReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.save(out, new GregorianCalendar(2026, 2, 1));
        report.close();
        return out.toByteArray();
    }

    @Test
    void tablesFlowAcrossPagesWithHeaderAndColumnHeadersOnEveryPage() throws Exception {
        PdfReport report = report(null);
        report.startTable(List.of(new Column("Item\nԱպրանք", 70, Align.LEFT), new Column("Qty", 30, Align.RIGHT)));
        int rows = 200;
        for (int i = 1; i <= rows; i++) {
            report.row(RowStyle.NORMAL, "Line " + i, String.valueOf(i));
        }
        report.row(RowStyle.TOTAL, "Total", "20,100");
        report.endTable();
        int expectedPages = (int) Math.ceil((rows + 1) / Math.floor((report.bodyHeight() - 20)
                / PdfReport.singleLineRowHeight()));
        PdfText pdf = PdfText.of(save(report));

        assertThat(pdf.pages()).isBetween(expectedPages, expectedPages + 1);
        assertThat(count(pdf.text(), "Փաթեթավորման ցուցակ")).isEqualTo(pdf.pages());
        assertThat(count(pdf.text(), "Item Ապրանք")).isEqualTo(pdf.pages());
        assertThat(count(pdf.text(), "CSQU3054383")).isEqualTo(pdf.pages());
        assertThat(pdf.text()).contains("Line 200 200", "Total 20,100", "Page " + pdf.pages() + " of " + pdf.pages());
    }

    @Test
    void longCellsWrapInsteadOfRunningIntoTheNextColumn() throws Exception {
        PdfReport report = report(null);
        report.startTable(List.of(new Column("Description", 20, Align.LEFT), new Column("Qty", 80, Align.RIGHT)));
        String longText = "Children's winter jackets, used, sizes 4 to 8 years, mixed colours";
        float oneLine = report.rowHeight(RowStyle.NORMAL, "short", "1");
        assertThat(report.rowHeight(RowStyle.NORMAL, longText, "1")).isGreaterThan(oneLine * 1.5f);
        report.row(RowStyle.NORMAL, longText, "1");
        report.endTable();
        assertThat(PdfText.of(save(report)).text()).contains(longText);
    }

    @Test
    void everyScriptRoundTripsAndMissingGlyphsAreReplaced() throws Exception {
        PdfReport report = report("DRAFT");
        report.paragraph("Français: Aide humanitaire - ne peut être vendu", 9f, false);
        report.paragraph("Română: Ajutor umanitar - nu este destinat vânzării", 9f, false);
        report.paragraph("Русский: Гуманитарная помощь - не для продажи", 9f, false);
        report.paragraph("Հայերեն: Մարդասիրական օգնություն", 9f, true);
        report.paragraph("Emoji \uD83D\uDCE6 box", 9f, false);
        String text = PdfText.of(save(report)).text();

        assertThat(text).contains("Aide humanitaire - ne peut être vendu", "Ajutor umanitar - nu este destinat vânzării",
                "Гуманитарная помощь - не для продажи", "Մարդասիրական օգնություն", "Emoji ? box");
        // the watermark is drawn diagonally, so text extraction splits it into pieces
        assertThat(text.replace(" ", "")).contains("DRAFT");
    }

    @Test
    void theHeaderAndColumnHeadersAreDrawnOnceAndPlacedOnEveryPage() throws Exception {
        PdfReport report = report("DRAFT");
        report.startTable(List.of(new Column("Item", 70, Align.LEFT), new Column("Qty", 30, Align.RIGHT)));
        for (int i = 1; i <= 150; i++) {
            report.row(RowStyle.NORMAL, "Line " + i, String.valueOf(i));
        }
        report.endTable();
        try (PDDocument document = Loader.loadPDF(save(report))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            Set<COSBase> forms = new HashSet<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                List<COSName> names = new ArrayList<>();
                resources.getXObjectNames().forEach(names::add);
                // header block, column headers, watermark
                assertThat(names).hasSize(3);
                for (COSName name : names) {
                    forms.add(resources.getXObject(name).getCOSObject());
                }
            }
            assertThat(forms).as("one form of each, shared by every page").hasSize(3);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
