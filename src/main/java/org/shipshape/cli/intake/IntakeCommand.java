package org.shipshape.cli.intake;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.shipshape.cli.common.CommandSupport;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.cli.common.TypedValues;
import org.shipshape.logic.intake.IntakeService;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.categories.Category;
import org.shipshape.model.common.Message;
import org.shipshape.model.donors.DonorKind;
import org.shipshape.model.intake.Condition;
import org.shipshape.model.intake.DonatedItem;
import org.shipshape.model.intake.ItemStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shipshape intake}: records one donated item, as the intake screen does; prints its number, which the
 * {@code pack} command takes.
 */
@Command(name = "intake", mixinStandardHelpOptions = true)
public final class IntakeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--donor", required = true, paramLabel = "NAME")
    String donor;
    @Option(names = "--donor-kind", paramLabel = "KIND", defaultValue = "individual")
    String donorKind;
    @Option(names = "--category", required = true, paramLabel = "NAME")
    String category;
    @Option(names = "--description", required = true, paramLabel = "TEXT")
    String description;
    @Option(names = "--quantity", required = true, paramLabel = "N")
    String quantity;
    @Option(names = "--unit", paramLabel = "UNIT")
    String unit;
    @Option(names = "--condition", paramLabel = "CONDITION", defaultValue = "used-good")
    String condition;
    @Option(names = "--value", required = true, paramLabel = "AMOUNT")
    String value;
    @Option(names = "--unit-kg", paramLabel = "KG")
    String unitKg;
    @Option(names = "--location", paramLabel = "PLACE")
    String location;
    @Option(names = "--received", paramLabel = "DATE")
    String received;

    @Override
    public Integer call() {
        long id;
        String who;
        try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
            IntakeService intake = new IntakeService(workspace);
            Category chosen = intake.categories().stream().filter(c -> c.name().equalsIgnoreCase(category.trim()))
                    .findFirst().orElseThrow(() -> new UserInputException(Message.of("IntakeCommand.unknownCategory",
                            category.trim())));
            DonorKind kind = TypedValues.code(DonorKind.class, donorKind, "IntakeCommand.donorKind");
            Condition state = TypedValues.code(Condition.class, condition, "IntakeCommand.condition");
            BigDecimal count = TypedValues.number(quantity, "IntakeCommand.quantity");
            BigDecimal weight = unitKg == null ? chosen.defaultUnitKg()
                    : TypedValues.number(unitKg, "IntakeCommand.unitKg");
            BigDecimal unitValue = TypedValues.number(value, "IntakeCommand.value");
            LocalDate date = received == null ? LocalDate.now() : LenientParsing.date(received).orElseThrow(() ->
                    new UserInputException(Message.of("IntakeCommand.received", received)));
            id = intake.save(donor, kind, new DonatedItem(0, 0, chosen.id(), description.trim(), count,
                    unit == null ? chosen.defaultUnit() : unit.trim(), state, unitValue, intake.defaultCurrency(), weight,
                    date, location, ItemStatus.IN_STOCK, null));
            who = donor.trim();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(CommandSupport.text(spec).text("IntakeCommand.recorded", id, description.trim(), who));
        out.flush();
        return ExitCode.DONE;
    }
}
