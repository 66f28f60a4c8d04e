package org.shipshape.logic.customs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.shipshape.logic.pdf.PdfReport;
import org.shipshape.logic.pdf.PdfReport.Align;
import org.shipshape.logic.pdf.PdfReport.Column;
import org.shipshape.logic.pdf.PdfReport.Field;
import org.shipshape.logic.pdf.PdfReport.Orientation;
import org.shipshape.logic.pdf.PdfReport.Party;
import org.shipshape.logic.pdf.PdfReport.RowStyle;
import org.shipshape.logic.task.Progress;
import org.shipshape.model.common.Language;
import org.shipshape.model.shipments.ContainerNumber;
import org.shipshape.model.customs.CustomsData;
import org.shipshape.model.customs.DocumentKind;
import org.shipshape.model.customs.ItemTest;
import org.shipshape.model.customs.PackageContents;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.HandlingFlag;
import org.shipshape.model.intake.TestRecord;
import org.shipshape.model.packing.ContentLine;
import org.shipshape.model.packing.Package;
import org.shipshape.model.settings.Organisation;
import org.shipshape.model.shipments.Shipment;

/**
 * Prints the documents of one shipment's customs pack from data read once and totals computed once. Never prints
 * donor data (the data holds none).
 */
final class PackDocuments {
    private static final int ROWS_BETWEEN_CANCEL_CHECKS = 200;

    private final CustomsData data;
    private final CustomsTotals totals;
    private final DocumentTexts texts;
    /** English first, then the document language: what the PDF/A metadata says the text is in. */
    private final List<String> languages;
    private final LocalDate date;
    private final int revision;
    private final Progress progress;
    private final Shipment shipment;
    private final Organisation organisation;

    /** @param revision the revision number of a final pack, or 0 for a draft (watermarked) */
    PackDocuments(CustomsData data, CustomsTotals totals, Language language, LocalDate date, int revision,
                  Progress progress) {
        this.data = data;
        this.totals = totals;
        this.texts = new DocumentTexts(data.phrases(), language);
        this.languages = Stream.of(Language.EN, language).map(Language::code).distinct().toList();
        this.date = date;
        this.revision = revision;
        this.progress = progress;
        this.shipment = data.shipment();
        this.organisation = data.organisation();
    }

    /** The documents this shipment needs: test records only where used goods need a test. */
    static List<DocumentKind> kindsFor(CustomsData data) {
        List<DocumentKind> kinds = new ArrayList<>(List.of(DocumentKind.PACKING_LIST, DocumentKind.PROFORMA_INVOICE,
                DocumentKind.DONATION_CERTIFICATE, DocumentKind.HS_SUMMARY, DocumentKind.DOOR_SUMMARY));
        boolean needsTests = data.packages().stream().flatMap(p -> p.lines().stream())
                .anyMatch(line -> needsTestRecord(data, line));
        if (needsTests) {
            kinds.add(DocumentKind.TEST_RECORDS);
        }
        return kinds;
    }

    static boolean needsTestRecord(CustomsData data, ContentLine line) {
        return line.condition().isUsed()
                && data.category(line.categoryId()).map(c -> c.has(HandlingFlag.NEEDS_TEST)).orElse(false);
    }

    byte[] write(DocumentKind kind) {
        try (PdfReport report = PdfReport.create(orientation(kind), header(kind), footer(kind),
                languages)) {
            switch (kind) {
                case PACKING_LIST -> packingList(report);
                case PROFORMA_INVOICE -> invoice(report);
                case DONATION_CERTIFICATE -> certificate(report);
                case HS_SUMMARY -> hsSummary(report);
                case DOOR_SUMMARY -> doorSummary(report);
                case TEST_RECORDS -> testRecords(report);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            report.save(out, calendar());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the " + kind.code() + ": " + e.getMessage(), e);
        }
    }

    static Orientation orientation(DocumentKind kind) {
        return kind == DocumentKind.DONATION_CERTIFICATE ? Orientation.PORTRAIT : Orientation.LANDSCAPE;
    }

    private Calendar calendar() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return calendar;
    }

    // ---------------------------------------------------------------- header and footer

    PdfReport.Header header(DocumentKind kind) {
        String titleKey = "title." + kind.code();
        String subtitle = texts.isBilingual() ? texts.translated(titleKey) : "";
        List<Field> reference = List.of(
                new Field(texts.label("label.document"), kind.documentNumber(shipment.reference())),
                new Field(texts.label("label.revision"), revisionText()),
                new Field(texts.label("label.date"), date.toString()));
        List<Party> parties = List.of(
                new Party(texts.label("label.shipper"), joinLines(organisation.name(), organisation.address(),
                        organisation.phone(), joinWith(", ", organisation.contact(), organisation.email()))),
                new Party(texts.label("label.consignee"), joinLines(shipment.consignee(),
                        shipment.consigneeAddress())),
                new Party(texts.label("label.notify"), orDash(shipment.notifyParty())));
        String container = joinWith(" ", shipment.containerNumber() == null ? null
                : ContainerNumber.normalise(shipment.containerNumber()), shipment.containerTypeCode() == null ? null
                : "(" + shipment.containerTypeCode() + ")");
        List<Field> fields = List.of(
                new Field(texts.label("label.vessel"), joinWith(" / ", shipment.vessel(), shipment.voyage())),
                new Field(texts.label("label.bl"), orDash(shipment.billOfLading())),
                new Field(texts.label("label.pol"), orDash(shipment.portOfLoading())),
                new Field(texts.label("label.pod"), orDash(shipment.portOfDischarge())),
                new Field(texts.label("label.destination"), orDash(shipment.finalDestination())),
                new Field(texts.label("label.container"), orDash(container)),
                new Field(texts.label("label.seal"), orDash(shipment.sealNumber())),
                new Field(texts.label("label.incoterm"), joinWith(" ", shipment.incoterm(), shipment.incotermPlace())),
                new Field(texts.label("label.origin"), orDash(organisation.countryOfOrigin())),
                new Field(texts.label("label.currency"), shipment.currency()),
                new Field(texts.label("label.reason"), texts.english("reason")),
                new Field("Shipment", shipment.reference()));
        return new PdfReport.Header(texts.english(titleKey), subtitle, reference, parties, fields);
    }

    private String revisionText() {
        return revision == 0 ? texts.label("draft") : String.valueOf(revision);
    }

    private PdfReport.Footer footer(DocumentKind kind) {
        String left = kind.documentNumber(shipment.reference()) + "  " + texts.english("label.revision") + " "
                + revisionText() + "  " + date;
        String watermark = revision == 0 ? texts.label("draft") : null;
        return new PdfReport.Footer(left, texts.pagePattern(), watermark);
    }

    // ---------------------------------------------------------------- the documents

    private void packingList(PdfReport report) {
        report.startTable(List.of(
                new Column(texts.column("col.package"), 12, Align.LEFT),
                new Column(texts.column("col.kind"), 8, Align.LEFT),
                new Column(texts.column("col.dimensions"), 8, Align.LEFT),
                new Column(texts.column("col.description"), 37, Align.LEFT),
                new Column(texts.column("col.quantity"), 6, Align.RIGHT),
                new Column(texts.column("col.unit"), 5, Align.LEFT),
                new Column(texts.column("col.hs"), 7, Align.LEFT),
                new Column(texts.column("col.net"), 8, Align.RIGHT),
                new Column(texts.column("col.gross"), 8, Align.RIGHT)));
        int rows = 0;
        for (PackageContents contents : data.packages()) {
            Package pkg = contents.pkg();
            CustomsTotals.PackageTotals sums = totals.of(pkg);
            String kind = texts.pair(texts.english("kind." + pkg.kind().code()),
                    texts.translated("kind." + pkg.kind().code()), " / ");
            String number = pkg.parentId() == null ? pkg.number() : pkg.number() + " ^";
            report.row(RowStyle.GROUP, number, kind,
                    pkg.dimensions() == null ? "" : pkg.dimensions().lengthCm() + "x"
                            + pkg.dimensions().widthCm() + "x" + pkg.dimensions().heightCm(),
                    "", "", "", "", CustomsFormat.kg(sums.netKg()),
                    sums.standsAlone() ? CustomsFormat.kg(pkg.grossKg()) : "(" + CustomsFormat.kg(pkg.grossKg()) + ")");
            for (ContentLine line : contents.lines()) {
                report.row(RowStyle.NORMAL, "", "", "", description(line), CustomsFormat.quantity(line.quantity()),
                        line.unit(), CustomsTotals.hsCodeOf(data, line), CustomsFormat.kg(line.netKg()), "");
                rows = checkCancelled(rows);
            }
            rows = checkCancelled(rows);
        }
        report.row(RowStyle.TOTAL, texts.label("label.total"), totals.packages() + " " + texts.label("label.packages"),
                "", texts.label("label.volume") + ": " + CustomsFormat.cubicMetres(totals.volumeM3()), "", "", "",
                CustomsFormat.kg(totals.netKg()), CustomsFormat.kg(totals.grossKg()));
        report.endTable();
        if (data.packages().stream().anyMatch(p -> p.pkg().parentId() != null)) {
            report.paragraph("^ on a pallet: its gross weight (in brackets) is part of the pallet's.", 7f, false);
        }
        aidPhrases(report);
    }

    private void invoice(PdfReport report) {
        report.startTable(List.of(
                new Column(texts.column("col.no"), 4, Align.RIGHT),
                new Column(texts.column("col.package"), 11, Align.LEFT),
                new Column(texts.column("col.description"), 30, Align.LEFT),
                new Column(texts.column("col.hs"), 7, Align.LEFT),
                new Column(texts.column("col.quantity"), 6, Align.RIGHT),
                new Column(texts.column("col.unit"), 5, Align.LEFT),
                new Column(texts.column("col.unit-value"), 8, Align.RIGHT),
                new Column(texts.column("col.value"), 9, Align.RIGHT),
                new Column(texts.column("col.currency"), 4, Align.LEFT),
                new Column(texts.column("col.origin"), 9, Align.LEFT)));
        int number = 0;
        int rows = 0;
        String origin = orDash(organisation.countryOfOrigin());
        for (PackageContents contents : data.packages()) {
            for (ContentLine line : contents.lines()) {
                number++;
                report.row(RowStyle.NORMAL, String.valueOf(number), contents.pkg().number(), description(line),
                        CustomsTotals.hsCodeOf(data, line), CustomsFormat.quantity(line.quantity()), line.unit(),
                        CustomsFormat.money(unitValue(line)), CustomsFormat.money(line.value()), shipment.currency(),
                        origin);
                rows = checkCancelled(rows);
            }
        }
        report.row(RowStyle.TOTAL, "", texts.label("label.total"), totals.packages() + " "
                        + texts.label("label.packages") + ", " + totals.lines() + " lines", "", "", "", "",
                CustomsFormat.money(totals.value()), shipment.currency(), "");
        report.endTable();
        report.paragraph(texts.label("label.incoterm") + ": " + joinWith(" ", shipment.incoterm(),
                shipment.incotermPlace()) + "     " + texts.label("label.origin") + ": " + origin, 8f, false);
        report.paragraph(texts.label("label.reason") + ": " + texts.pair(texts.english("reason"),
                texts.translated("reason"), " / "), 8f, false);
        report.paragraph(texts.english("value"), 10f, true);
        if (texts.isBilingual()) {
            report.paragraph(texts.translated("value"), 10f, true);
        }
        aidPhrases(report);
        signature(report);
    }

    private void certificate(PdfReport report) {
        report.space(8);
        report.paragraph(certificateText(Language.EN), 10f, false);
        if (texts.isBilingual()) {
            report.space(4);
            report.paragraph(certificateText(texts.local()), 10f, false);
        }
        report.space(6);
        report.startTable(List.of(new Column("", 60, Align.LEFT), new Column("", 40, Align.RIGHT)));
        report.row(RowStyle.NORMAL, texts.label("label.packages"), String.valueOf(totals.packages()));
        report.row(RowStyle.NORMAL, texts.label("label.gross"), CustomsFormat.kg(totals.grossKg()));
        report.row(RowStyle.NORMAL, texts.label("label.net"), CustomsFormat.kg(totals.netKg()));
        report.row(RowStyle.NORMAL, texts.label("label.volume"), CustomsFormat.cubicMetres(totals.volumeM3()));
        report.row(RowStyle.TOTAL, texts.label("label.value"), CustomsFormat.money(totals.value()) + " "
                + shipment.currency());
        report.endTable();
        aidPhrases(report);
        signature(report);
    }

    private String certificateText(Language language) {
        String destination = joinWith(", ", shipment.finalDestination(), shipment.countryCode());
        return data.phrases().text("certificate", language)
                .replace("{organisation}", organisation.name())
                .replace("{reference}", shipment.reference())
                .replace("{packages}", String.valueOf(totals.packages()))
                .replace("{gross}", CustomsFormat.kg(totals.grossKg()))
                .replace("{container}", orDash(shipment.containerNumber()))
                .replace("{consignee}", shipment.consignee())
                .replace("{destination}", destination)
                .replace("{value}", CustomsFormat.money(totals.value()))
                .replace("{currency}", shipment.currency());
    }

    private void hsSummary(PdfReport report) {
        report.startTable(List.of(
                new Column(texts.column("col.hs"), 8, Align.LEFT),
                new Column(texts.column("col.description"), 42, Align.LEFT),
                new Column(texts.column("col.packages"), 7, Align.RIGHT),
                new Column(texts.column("col.quantity"), 12, Align.RIGHT),
                new Column(texts.column("col.net"), 9, Align.RIGHT),
                new Column(texts.column("col.gross"), 9, Align.RIGHT),
                new Column(texts.column("col.value") + " (" + shipment.currency() + ")", 10, Align.RIGHT)));
        for (CustomsTotals.HsLine line : totals.hsLines()) {
            report.row(RowStyle.NORMAL, line.hsCode(), hsDescription(line), String.valueOf(line.packages()),
                    quantities(line.quantities()), CustomsFormat.kg(line.netKg()), CustomsFormat.kg(line.grossKg()),
                    CustomsFormat.money(line.value()));
        }
        report.row(RowStyle.TOTAL, texts.label("label.total"), totals.hsLines().size() + " HS",
                String.valueOf(totals.packages()), "", CustomsFormat.kg(totals.netKg()),
                CustomsFormat.kg(totals.grossKg()), CustomsFormat.money(totals.value()));
        report.endTable();
        aidPhrases(report);
    }

    private String hsDescription(CustomsTotals.HsLine line) {
        String english = line.categoryIds().stream().map(data::category).flatMap(java.util.Optional::stream)
                .map(Category::name).distinct().collect(Collectors.joining("; "));
        String translated = line.categoryIds().stream().map(data::category).flatMap(java.util.Optional::stream)
                .map(c -> c.nameIn(texts.local())).distinct().collect(Collectors.joining("; "));
        return texts.pair(english, translated, " / ");
    }

    private static String quantities(Map<String, BigDecimal> byUnit) {
        return byUnit.entrySet().stream().map(e -> CustomsFormat.quantity(e.getValue()) + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private void doorSummary(PdfReport report) {
        report.line(shipment.reference() + "  \u2192  " + joinWith(", ", shipment.finalDestination(),
                shipment.countryCode()), 26f, true, Align.CENTER);
        report.line(shipment.consignee(), 18f, false, Align.CENTER);
        report.space(6);
        report.line(texts.label("label.container") + ": " + orDash(shipment.containerNumber()) + "     "
                + texts.label("label.seal") + ": " + orDash(shipment.sealNumber()), 20f, true, Align.CENTER);
        report.line(texts.label("label.packages") + ": " + totals.packages(), 22f, true, Align.CENTER);
        report.line(texts.label("label.gross") + ": " + CustomsFormat.kg(totals.grossKg()) + "     "
                + texts.label("label.volume") + ": " + CustomsFormat.cubicMetres(totals.volumeM3()), 16f, false,
                Align.CENTER);
        report.space(8);
        report.line(texts.english("aid"), 20f, true, Align.CENTER);
        if (texts.isBilingual()) {
            report.line(texts.translated("aid"), 20f, true, Align.CENTER);
        }
        report.space(6);
        report.line(texts.english("title.packing-list") + ": " + DocumentKind.PACKING_LIST.documentNumber(
                shipment.reference()) + "  (" + totals.hsLines().size() + " HS codes, " + totals.lines()
                + " lines)", 11f, false, Align.CENTER);
    }

    private void testRecords(PdfReport report) {
        report.startTable(List.of(
                new Column(texts.column("col.package"), 11, Align.LEFT),
                new Column(texts.column("col.no"), 4, Align.RIGHT),
                new Column(texts.column("col.description"), 30, Align.LEFT),
                new Column(texts.column("col.condition"), 10, Align.LEFT),
                new Column(texts.column("col.tested-on"), 8, Align.LEFT),
                new Column(texts.column("col.tested-by"), 10, Align.LEFT),
                new Column(texts.column("col.result"), 11, Align.LEFT),
                new Column(texts.column("col.notes"), 16, Align.LEFT)));
        int rows = 0;
        int missing = 0;
        for (PackageContents contents : data.packages()) {
            for (ContentLine line : contents.lines()) {
                if (!needsTestRecord(data, line)) {
                    continue;
                }
                ItemTest test = line.itemId() == null ? null : data.itemTests().get(line.itemId());
                TestRecord record = test == null ? null : test.testRecord();
                String condition = texts.pair(texts.english("condition." + line.condition().code()),
                        texts.translated("condition." + line.condition().code()), " / ");
                if (record == null) {
                    missing++;
                    report.row(RowStyle.GROUP, contents.pkg().number(), String.valueOf(line.lineNo()),
                            description(line), condition, "", "", texts.label("test.missing"), "");
                } else {
                    String result = "test." + record.result().code();
                    report.row(RowStyle.NORMAL, contents.pkg().number(), String.valueOf(line.lineNo()),
                            description(line), condition, record.testedOn().toString(), record.testedBy(),
                            texts.pair(texts.english(result), texts.translated(result), " / "),
                            record.notes() == null ? "" : record.notes());
                }
                rows = checkCancelled(rows);
            }
        }
        report.endTable();
        if (missing > 0) {
            report.paragraph(missing + " line(s) have no test record: " + texts.label("test.missing"), 9f, true);
        }
        report.paragraph(texts.english("notwaste"), 9f, false);
        if (texts.isBilingual()) {
            report.paragraph(texts.translated("notwaste"), 9f, false);
        }
        signature(report);
    }

    // ---------------------------------------------------------------- shared pieces

    /**
     * The line's own description, then (in the document language) its category and condition: "Men's cotton
     * shirts, used / Vêtements pour hommes (usagé, bon état)".
     */
    private String description(ContentLine line) {
        String condition = "condition." + line.condition().code();
        if (!texts.isBilingual()) {
            return line.description() + " (" + texts.english(condition) + ")";
        }
        String category = data.category(line.categoryId()).map(c -> c.nameIn(texts.local())).orElse("");
        return line.description() + " / " + category + " (" + texts.translated(condition) + ")";
    }

    private static BigDecimal unitValue(ContentLine line) {
        if (line.value() == null || line.quantity().signum() == 0) {
            return null;
        }
        return line.value().divide(line.quantity(), 2, RoundingMode.HALF_UP);
    }

    private void aidPhrases(PdfReport report) {
        report.space(4);
        report.paragraph(texts.pair(texts.english("aid"), texts.translated("aid"), "  /  "), 10f, true);
    }

    private void signature(PdfReport report) {
        report.space(6);
        String signatory = joinWith(", ", organisation.signatoryName(), organisation.signatoryTitle());
        report.signatureBlock(texts.label("label.place-date"), date.toString(), texts.label("label.signature"),
                signatory);
    }

    private int checkCancelled(int rows) {
        if (rows % ROWS_BETWEEN_CANCEL_CHECKS == 0) {
            progress.checkCancelled();
        }
        return rows + 1;
    }

    private static String joinLines(String... parts) {
        return joinWith("\n", parts);
    }

    private static String joinWith(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.trim());
            }
        }
        return String.join(separator, present);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
