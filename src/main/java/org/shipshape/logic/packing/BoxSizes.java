package org.shipshape.logic.packing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shipshape.logic.common.CodedReferenceData;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.packing.BoxSize;
import org.shipshape.model.packing.Dimensions;
import org.shipshape.store.packing.BoxSizeRepository;

/**
 * The box sizes as reference data: added, changed, retired (no longer a button on the packing screen, still the
 * size of the packages measured with it) and deleted while no package was measured with it. Every change is in the
 * change log.
 */
public final class BoxSizes extends CodedReferenceData<BoxSize> {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,11}");
    private static final int LARGEST_CM = 500;

    private final BoxSizeRepository sizes;

    public BoxSizes(Workspace workspace) {
        this(workspace, new BoxSizeRepository(workspace.database()), "packing.boxSize");
    }

    private BoxSizes(Workspace workspace, BoxSizeRepository sizes, String feature) {
        super(workspace, sizes, feature);
        this.sizes = sizes;
    }

    /** The code as stored: capitals, no surrounding spaces. */
    public static String code(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
    }

    /** What is wrong with the size as typed; empty when it can be saved. */
    @Override
    public List<Message> problems(BoxSize size, boolean isNew) {
        List<Message> problems = new ArrayList<>();
        if (!CODE.matcher(size.code()).matches()) {
            problems.add(Message.of("packing.boxSize.invalidCode", size.code()));
        } else if (isNew && sizes.find(size.code()).isPresent()) {
            problems.add(Message.of("packing.boxSize.codeTaken", size.code()));
        }
        if (size.name().isBlank()) {
            problems.add(Message.of("packing.boxSize.nameMissing"));
        }
        Dimensions d = size.dimensions();
        if (Math.max(d.lengthCm(), Math.max(d.widthCm(), d.heightCm())) > LARGEST_CM) {
            problems.add(Message.of("packing.boxSize.tooLarge", LARGEST_CM));
        }
        return problems;
    }

    @Override
    protected BoxSize normalised(BoxSize edited) {
        return new BoxSize(code(edited.code()), edited.name().trim(), edited.dimensions(), edited.retired());
    }

    /** How many packages were measured with the size (same dimensions). */
    public int packagesUsing(BoxSize size) {
        return sizes.packagesMeasuredWith(size.dimensions());
    }

    /** A size packages were measured with is kept: it can be retired instead. */
    @Override
    protected Optional<Message> keptBy(BoxSize size) {
        int used = packagesUsing(size);
        return used > 0 ? Optional.of(Message.of("packing.boxSize.inUse", size.code(), used)) : Optional.empty();
    }

    @Override
    protected UserInputException unknown(String code) {
        return new UserInputException(Message.of("packing.boxSize.unknown", code(code),
                String.join(", ", sizes.all().stream().map(BoxSize::code).toList())));
    }

    @Override
    protected String details(BoxSize size) {
        return size.name() + " " + size.dimensions();
    }
}
