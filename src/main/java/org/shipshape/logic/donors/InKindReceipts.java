package org.shipshape.logic.donors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.pdf.PdfReport;
import org.shipshape.logic.pdf.PdfReport.Align;
import org.shipshape.logic.pdf.PdfReport.Column;
import org.shipshape.logic.pdf.PdfReport.Field;
import org.shipshape.logic.pdf.PdfReport.Party;
import org.shipshape.logic.pdf.PdfReport.RowStyle;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Message;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.customs.PhraseBook;
import org.shipshape.logic.customs.CustomsFormat;
import org.shipshape.model.categories.Category;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.donors.Donor;
import org.shipshape.model.settings.Organisation;
import org.shipshape.store.customs.CustomsDataRepository;
import org.shipshape.store.categories.CategoryRepository;
import org.shipshape.store.donors.DonorRepository;
import org.shipshape.store.intake.ItemRepository;
import org.shipshape.store.settings.SettingsRepository;

/**
 * The receipt a donor gets for goods given in a period, in the same style as the customs documents. Unlike
 * those, it shows the donor: it is written for them.
 */
public final class InKindReceipts {
    /** Setting that decides whether receipts show values unless the caller says otherwise. */
    public static final String SHOW_VALUES_SETTING = "receipts.show_values";

    private InKindReceipts() {
    }

    /** The donor's id by exact name (ignoring case). */
    public static long donorId(Workspace workspace, String name) {
        if (name == null || name.isBlank()) {
            throw new UserInputException(Message.of("donors.receipt.noDonor"));
        }
        return new DonorRepository(workspace.database()).findByName(name).map(Donor::id).orElseThrow(() ->
                new UserInputException(Message.of("donors.receipt.unknownName", name.trim())));
    }

    /** Whether receipts show values, from the setting receipts.show_values (true unless set to false). */
    public static boolean showValuesByDefault(Workspace workspace) {
        return new SettingsRepository(workspace.database()).get(SHOW_VALUES_SETTING)
                .map(value -> !value.trim().equalsIgnoreCase("false")).orElse(true);
    }

    /**
     * Writes the receipt for the donor's goods received from {@code from} to {@code to} (both inclusive; either
     * may be null for an open end).
     *
     * @return how many items the receipt lists
     */
    public static int write(Workspace workspace, long donorId, LocalDate from, LocalDate to, boolean showValues,
                            Path target) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new UserInputException(Message.of("donors.receipt.periodReversed", from, to));
        }
        Donor donor = new DonorRepository(workspace.database()).findById(donorId).orElseThrow(() ->
                new UserInputException(Message.of("donors.receipt.unknownId", donorId)));
        List<DonatedItem> items = new ItemRepository(workspace.database()).findByDonor(donorId).stream()
                .filter(item -> from == null || !item.receivedOn().isBefore(from))
                .filter(item -> to == null || !item.receivedOn().isAfter(to))
                .toList();
        if (items.isEmpty()) {
            throw new UserInputException(Message.of("donors.receipt.nothingGiven", donor.name(),
                    periodMessage(from, to)));
        }
        Organisation organisation = new SettingsRepository(workspace.database()).organisation();
        PhraseBook phrases = new CustomsDataRepository(workspace.database()).phrases();
        CategoryRepository categories = new CategoryRepository(workspace.database());
        Map<Long, String> categoryNames = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        byte[] pdf = render(organisation, donor, items, phrases, from, to, showValues, today,
                id -> categoryNames.computeIfAbsent(id, key -> categories.findById(key).map(Category::name)
                        .orElse("")));
        try {
            AtomicFileWriter.write(target, out -> out.write(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage(), e);
        }
        return items.size();
    }

    private static byte[] render(Organisation organisation, Donor donor, List<DonatedItem> items, PhraseBook phrases,
                                 LocalDate from, LocalDate to, boolean showValues, LocalDate today,
                                 java.util.function.LongFunction<String> categoryName) {
        PdfReport.Header header = new PdfReport.Header(phrases.text("title.in-kind-receipt", Language.EN), "",
                List.of(new Field(phrases.text("label.date", Language.EN), today.toString())),
                List.of(new Party(phrases.text("receipt.organisation", Language.EN), lines(organisation.name(),
                                organisation.address(), organisation.phone(), organisation.email())),
                        new Party(phrases.text("receipt.donor", Language.EN), lines(donor.name(), donor.address(),
                                donor.phone(), donor.email()))),
                List.of(new Field(phrases.text("receipt.period", Language.EN), period(from, to))));
        PdfReport.Footer footer = new PdfReport.Footer(organisation.name() + "  " + today,
                phrases.text("label.page", Language.EN), null);
        try (PdfReport report = PdfReport.create(PdfReport.Orientation.PORTRAIT, header, footer)) {
            List<Column> columns = new ArrayList<>(List.of(
                    new Column(phrases.text("receipt.received-on", Language.EN), 12, Align.LEFT),
                    new Column(phrases.text("col.description", Language.EN), 40, Align.LEFT),
                    new Column(phrases.text("col.quantity", Language.EN), 9, Align.RIGHT),
                    new Column(phrases.text("col.unit", Language.EN), 7, Align.LEFT),
                    new Column(phrases.text("col.condition", Language.EN), 14, Align.LEFT)));
            if (showValues) {
                columns.add(new Column(phrases.text("col.value", Language.EN), 12, Align.RIGHT));
            }
            report.startTable(columns);
            Map<String, BigDecimal> totalByCurrency = new LinkedHashMap<>();
            for (DonatedItem item : items) {
                List<String> cells = new ArrayList<>(List.of(item.receivedOn().toString(),
                        item.description() + " (" + categoryName.apply(item.categoryId()) + ")",
                        item.quantity().stripTrailingZeros().toPlainString(), item.unit(),
                        phrases.text("condition." + item.condition().code(), Language.EN)));
                if (showValues) {
                    BigDecimal value = item.totalValue();
                    cells.add(CustomsFormat.money(value) + " " + item.currency());
                    totalByCurrency.merge(item.currency(), value, BigDecimal::add);
                }
                report.row(RowStyle.NORMAL, cells.toArray(String[]::new));
            }
            List<String> total = new ArrayList<>(List.of(phrases.text("label.total", Language.EN),
                    items.size() + " items", "", "", ""));
            if (showValues) {
                total.add(String.join(", ", totalByCurrency.entrySet().stream().map(e ->
                        CustomsFormat.money(e.getValue()) + " " + e.getKey()).toList()));
            }
            report.row(RowStyle.TOTAL, total.toArray(String[]::new));
            report.endTable();
            if (!showValues) {
                report.paragraph(phrases.text("receipt.values-hidden", Language.EN), 8f, false);
            }
            report.paragraph(phrases.text("receipt.thanks", Language.EN), 10f, false);
            report.signatureBlock(phrases.text("label.place-date", Language.EN), today.toString(),
                    phrases.text("label.signature", Language.EN), lines(organisation.signatoryName(),
                            organisation.signatoryTitle()).replace("\n", ", "));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            created.clear();
            created.set(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
            report.save(out, created);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the receipt: " + e.getMessage(), e);
        }
    }

    private static Message periodMessage(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return Message.of("donors.period.all");
        }
        if (from == null) {
            return Message.of("donors.period.until", to);
        }
        return to == null ? Message.of("donors.period.since", from) : Message.of("donors.period.between", from, to);
    }

    /** The period as printed on the receipt, which is in English (its phrases are the English ones). */
    private static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "all dates";
        }
        return (from == null ? "the start" : from.toString()) + " to " + (to == null ? "today" : to.toString());
    }

    private static String lines(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.trim());
            }
        }
        return String.join("\n", present);
    }
}
