package org.shipshape.cli.shipments;

import org.shipshape.cli.common.CommandSupport;
import org.shipshape.cli.common.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shipshape.logic.shipments.Capacity;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.text.Catalogue;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;
import org.shipshape.model.loading.PackageCounts;
import org.shipshape.model.shipments.Shipment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shipshape shipment create|update|list|show}. */
@Command(name = "shipment", mixinStandardHelpOptions = true,
        subcommands = {ShipmentCommand.Create.class, ShipmentCommand.Update.class, ShipmentCommand.ListShipments.class,
            ShipmentCommand.Show.class})
public final class ShipmentCommand implements Callable<Integer> {
    /** Wide enough for the longest status word in any language ("en planification"). */
    private static final int STATUS_WIDTH = 17;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE;
    }

    @Command(name = "create", mixinStandardHelpOptions = true)
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ShipmentOptions options;

        @Override
        public Integer call() {
            if (options.reference == null || options.country == null || options.consignee == null) {
                throw new UserInputException(Message.of("ShipmentCommand.Create.needs"));
            }
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                ShipmentService service = new ShipmentService(workspace);
                Shipment draft = Shipment.planned(options.reference, options.country, options.consignee,
                        options.currency == null ? service.defaultCurrency() : options.currency, null);
                Shipment created = service.create(options.applyTo(draft));
                Catalogue text = CommandSupport.text(spec);
                spec.commandLine().getOut().println(text.text("ShipmentCommand.Create.created", created.reference(),
                        created.countryCode(), created.status(), languages(created, text)));
            }
            return ExitCode.DONE;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true)
    static final class Update implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "REF", descriptionKey = "reference")
        String reference;
        @Mixin
        ShipmentOptions options;

        @Override
        public Integer call() {
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                ShipmentService service = new ShipmentService(workspace);
                Shipment saved = service.update(options.applyTo(service.require(reference)));
                spec.commandLine().getOut().println(CommandSupport.text(spec).text("ShipmentCommand.Update.saved",
                        saved.reference()));
            }
            return ExitCode.DONE;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListShipments implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--format", paramLabel = "FORMAT")
        String format = "text";

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("csv")) {
                throw new UserInputException(Message.of("ShipmentCommand.ListShipments.badFormat", format));
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = CommandSupport.openWorkspaceToRead(spec)) {
                ShipmentService service = new ShipmentService(workspace);
                Map<Long, PackageCounts> counts = service.packageCounts();
                if (format.equals("csv")) {
                    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("ref", "country",
                            "status", "consignee", "container_type", "container_number", "packages", "loaded")
                            .setAutoFlush(true).get())) {
                        for (Shipment s : service.shipments()) {
                            PackageCounts c = counts.getOrDefault(s.id(), PackageCounts.NONE);
                            csv.printRecord(s.reference(), s.countryCode(), s.status().code(), s.consignee(),
                                    text(s.containerTypeCode()), text(s.containerNumber()), c.total(), c.loaded());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else {
                    Catalogue text = CommandSupport.text(spec);
                    String row = "%-16s %-3s %-" + STATUS_WIDTH + "s %-5s %-12s %s%n";
                    out.printf(row, text.text("ShipmentCommand.ListShipments.reference"),
                            text.text("ShipmentCommand.ListShipments.country"),
                            text.text("ShipmentCommand.ListShipments.status"),
                            text.text("ShipmentCommand.ListShipments.type"),
                            text.text("ShipmentCommand.ListShipments.loaded"),
                            text.text("ShipmentCommand.ListShipments.consignee"));
                    for (Shipment s : service.shipments()) {
                        PackageCounts c = counts.getOrDefault(s.id(), PackageCounts.NONE);
                        out.printf(row, s.reference(), s.countryCode(), text.render(Message.of("common.value",
                                s.status())), text(s.containerTypeCode()),
                                text.text("ShipmentCommand.ListShipments.loadedOf", c.loaded(), c.total()),
                                s.consignee());
                    }
                }
            }
            out.flush();
            return ExitCode.DONE;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "REF", descriptionKey = "reference")
        String reference;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                Shipment s = new ShipmentService(workspace).require(reference);
                Capacity capacity = new LoadingService(workspace).capacity(s.id());
                Catalogue text = CommandSupport.text(spec);
                Fields fields = new Fields(out, text);
                fields.field("reference", s.reference());
                fields.field("status", text.render(Message.of("common.value", s.status())));
                fields.field("country", s.countryCode());
                fields.field("consignee", s.consignee());
                fields.field("consigneeAddress", s.consigneeAddress());
                fields.field("notifyParty", s.notifyParty());
                fields.field("portOfLoading", s.portOfLoading());
                fields.field("portOfDischarge", s.portOfDischarge());
                fields.field("finalDestination", s.finalDestination());
                fields.field("vessel", s.vessel());
                fields.field("voyage", s.voyage());
                fields.field("billOfLading", s.billOfLading());
                fields.field("etd", s.etd() == null ? null : text.render(Message.of("common.value", s.etd())));
                fields.field("eta", s.eta() == null ? null : text.render(Message.of("common.value", s.eta())));
                fields.field("incoterm", s.incoterm() == null ? null
                        : s.incoterm() + (s.incotermPlace() == null ? "" : " " + s.incotermPlace()));
                fields.field("currency", s.currency());
                fields.field("languages", languages(s, text));
                fields.field("containerType", s.containerTypeCode());
                fields.field("containerNumber", s.containerNumber());
                fields.field("sealNumber", s.sealNumber());
                fields.field("packages", text.text("ShipmentCommand.Show.packagesValue", capacity.loaded(),
                        capacity.total()));
                fields.field("volume", text.text("ShipmentCommand.Show.volumeValue", capacity.volumeM3(),
                        capacity.usableVolumeM3(), capacity.volumeShareOfUsable(), capacity.volumeShareOfInside()));
                fields.field("weight", text.text("ShipmentCommand.Show.weightValue", capacity.grossKg(),
                        capacity.payloadKg(), capacity.weightShare()));
                capacity.warning().ifPresent(warning -> fields.field("warning", text.render(warning)));
            }
            out.flush();
            return ExitCode.DONE;
        }

        /** One "Name:   value" line, names (with their colon) in the user's language and aligned. */
        private record Fields(PrintWriter out, Catalogue text) {
            void field(String name, String value) {
                out.printf("%-22s %s%n", text.text("ShipmentCommand.Show." + name), value == null ? "" : value);
            }
        }
    }

    static String languages(Shipment s, Catalogue text) {
        return s.documentLanguages().isEmpty() ? text.text("ShipmentCommand.englishOnly")
                : s.documentLanguages().stream().map(Language::code).collect(Collectors.joining(";"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
