package org.shipshape.cli.packing;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.shipshape.cli.common.CommandSupport;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.cli.common.TypedValues;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.packing.PackageDetails;
import org.shipshape.logic.packing.PackFromStock;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.packing.HandlingMark;
import org.shipshape.model.packing.PackageKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shipshape pack}: packs donated items into a new package, weighs and seals it, as one change (all of it or
 * nothing). Prints the package number, which labels and loading take.
 */
@Command(name = "pack", mixinStandardHelpOptions = true)
public final class PackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--shipment", paramLabel = "REF")
    String shipment;
    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "box")
    String kind;
    @Option(names = "--size", required = true, paramLabel = "SIZE")
    String size;
    @Option(names = "--item", required = true, paramLabel = "ID[:QTY]")
    List<String> items;
    @Option(names = "--gross-kg", required = true, paramLabel = "KG")
    String grossKg;
    @Option(names = "--marks", split = ",", paramLabel = "MARK")
    List<String> marks;
    @Option(names = "--open")
    boolean leaveOpen;

    @Override
    public Integer call() {
        PackageDetails packed;
        try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
            Long shipmentId = shipment == null ? null : new ShipmentService(workspace).require(shipment).id();
            PackageKind packageKind = TypedValues.code(PackageKind.class, kind, "PackCommand.kind");
            Set<HandlingMark> chosenMarks = EnumSet.noneOf(HandlingMark.class);
            for (String mark : marks == null ? List.<String>of() : marks) {
                chosenMarks.add(TypedValues.code(HandlingMark.class, mark, "PackCommand.mark"));
            }
            BigDecimal gross = TypedValues.number(grossKg, "PackCommand.grossKg");
            Map<Long, BigDecimal> taken = new LinkedHashMap<>();
            for (String item : items) {
                String[] parts = item.trim().split(":", 2);
                long itemId = TypedValues.wholeNumber(parts[0], "PackCommand.item");
                BigDecimal quantity = parts.length == 2 ? TypedValues.number(parts[1], "PackCommand.item") : null;
                BigDecimal before = taken.get(itemId);
                // an item named twice: the quantities add up; "all of it" stays all of it
                taken.put(itemId, taken.containsKey(itemId) && (before == null || quantity == null) ? null
                        : before == null ? quantity : before.add(quantity));
            }
            packed = new PackFromStock(workspace).pack(shipmentId, packageKind, size, taken, gross, chosenMarks,
                    !leaveOpen);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(CommandSupport.text(spec).text(leaveOpen ? "PackCommand.packedOpen" : "PackCommand.packed",
                packed.pkg().number(), packed.lines().size(), packed.pkg().grossKg()));
        out.flush();
        return ExitCode.DONE;
    }
}
