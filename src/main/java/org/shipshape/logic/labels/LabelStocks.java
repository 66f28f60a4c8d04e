package org.shipshape.logic.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shipshape.logic.common.CodedReferenceData;
import org.shipshape.logic.io.AtomicFileWriter;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;
import org.shipshape.model.labels.LabelStock;
import org.shipshape.store.audit.AuditRepository;
import org.shipshape.store.labels.LabelStockRepository;

/**
 * Label stocks as reference data: rolls and sheets with their layout, calibrated per printer with a test page.
 * The default stock (Settings > Defaults) can be neither deleted nor retired; another stock can be retired (no
 * longer offered) or deleted, since nothing stored refers to it.
 */
public final class LabelStocks extends CodedReferenceData<LabelStock> {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,15}");
    /** A calibration offset larger than this is a wrong stock, not a printer's drift. */
    public static final double MAX_OFFSET_MM = 20;
    private static final double TOLERANCE_MM = 0.5;

    private final LabelStockRepository stocks;

    public LabelStocks(Workspace workspace) {
        this(workspace, new LabelStockRepository(workspace.database()), "labels.stock");
    }

    private LabelStocks(Workspace workspace, LabelStockRepository stocks, String feature) {
        super(workspace, stocks, feature);
        this.stocks = stocks;
    }

    /** The code as stored: lower case, no surrounding spaces. */
    public static String code(String typed) {
        return typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with the stock as typed; empty when it can be saved. */
    @Override
    public List<Message> problems(LabelStock s, boolean isNew) {
        List<Message> problems = new ArrayList<>();
        if (!CODE.matcher(s.code()).matches()) {
            problems.add(Message.of("labels.stock.invalidCode", s.code()));
        } else if (isNew && stocks.labelStock(s.code()).isPresent()) {
            problems.add(Message.of("labels.stock.codeTaken", s.code()));
        }
        if (s.name().isBlank()) {
            problems.add(Message.of("labels.stock.nameMissing"));
        }
        if (s.pageWidthMm() <= 0 || s.pageHeightMm() <= 0 || s.labelWidthMm() <= 0 || s.labelHeightMm() <= 0
                || s.marginLeftMm() < 0 || s.marginTopMm() < 0) {
            problems.add(Message.of("labels.stock.sizesMissing"));
            return problems;
        }
        if (s.columns() > 1 && s.pitchXMm() + TOLERANCE_MM < s.labelWidthMm()
                || s.rows() > 1 && s.pitchYMm() + TOLERANCE_MM < s.labelHeightMm()) {
            problems.add(Message.of("labels.stock.overlap"));
        }
        double right = s.marginLeftMm() + (s.columns() - 1) * s.pitchXMm() + s.labelWidthMm();
        double bottom = s.marginTopMm() + (s.rows() - 1) * s.pitchYMm() + s.labelHeightMm();
        if (right > s.pageWidthMm() + TOLERANCE_MM || bottom > s.pageHeightMm() + TOLERANCE_MM) {
            problems.add(Message.of("labels.stock.offPage", decimal(right), decimal(bottom),
                    decimal(s.pageWidthMm()), decimal(s.pageHeightMm())));
        }
        offsetProblem(s.offsetXMm(), s.offsetYMm()).ifPresent(problems::add);
        if (s.dpi() != null && (s.dpi() < 100 || s.dpi() > 1200)) {
            problems.add(Message.of("labels.stock.dpi", s.dpi()));
        }
        return problems;
    }

    private static java.util.Optional<Message> offsetProblem(double x, double y) {
        return Math.abs(x) > MAX_OFFSET_MM || Math.abs(y) > MAX_OFFSET_MM
                ? java.util.Optional.of(Message.of("labels.stock.offsetTooLarge", (int) MAX_OFFSET_MM))
                : java.util.Optional.empty();
    }

    @Override
    protected LabelStock normalised(LabelStock edited) {
        return new LabelStock(code(edited.code()), edited.name().trim(), edited.pageWidthMm(),
                edited.pageHeightMm(), edited.columns(), edited.rows(), edited.labelWidthMm(), edited.labelHeightMm(),
                edited.marginLeftMm(), edited.marginTopMm(), edited.pitchXMm(), edited.pitchYMm(), edited.offsetXMm(),
                edited.offsetYMm(), edited.dpi(), edited.printer(), edited.retired());
    }

    /** Stores the calibration offset found with the test page (millimetres to the right and down). */
    public LabelStock calibrate(String code, double offsetXMm, double offsetYMm) {
        offsetProblem(offsetXMm, offsetYMm).ifPresent(problem -> {
            throw new UserInputException(problem);
        });
        return workspace.database().inTransaction(() -> {
            LabelStock stock = require(code).withOffsets(offsetXMm, offsetYMm);
            stocks.update(stock, currentVersion(stock.code()));
            new AuditRepository(workspace.database()).append(workspace.user(), "calibrate", stocks.table(), stock.code(),
                    stock.name() + ", offset " + offsetXMm + " / " + offsetYMm + " mm");
            return stock;
        });
    }

    /**
     * Writes the stock's calibration page with these offsets (saved or only being tried), with its instructions in
     * the language given.
     */
    public void writeTestPage(String code, double offsetXMm, double offsetYMm, Language language, Path file) {
        LabelStock stock = require(code).withOffsets(offsetXMm, offsetYMm);
        Catalogue text = Catalogue.of(language);
        List<String> instructions = List.of(
                text.render(Message.of("labels.testPage.title", stock.name(), decimal(offsetXMm),
                        decimal(offsetYMm))),
                text.render(Message.of("labels.testPage.edges")),
                text.render(Message.of("labels.testPage.scale", (int) LabelTestPage.SCALE_BAR_MM)));
        try {
            AtomicFileWriter.write(file, out -> LabelTestPage.write(stock, instructions, out));
        } catch (IOException e) {
            throw new UncheckedIOException("The test page could not be written to " + file, e);
        }
    }

    @Override
    protected UserInputException unknown(String code) {
        return new UserInputException(Message.of("labels.stock.unknown", code(code),
                String.join(", ", all().stream().map(LabelStock::code).toList())));
    }

    /** The default stock, which labels are printed on unless someone chooses, can be neither deleted nor retired. */
    @Override
    protected Optional<Message> keptBy(LabelStock stock) {
        return isDefault(stock) ? Optional.of(Message.of("labels.stock.deleteDefault", stock.code())) : Optional.empty();
    }

    @Override
    protected Optional<Message> keptInUse(LabelStock stock) {
        return isDefault(stock) ? Optional.of(Message.of("labels.stock.retireDefault", stock.code())) : Optional.empty();
    }

    private boolean isDefault(LabelStock stock) {
        return stock.code().equalsIgnoreCase(new LabelService(workspace).defaultStockCode());
    }

    private static java.math.BigDecimal decimal(double mm) {
        return java.math.BigDecimal.valueOf(mm).stripTrailingZeros();
    }
}
