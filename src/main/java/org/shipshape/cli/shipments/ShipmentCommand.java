package org.shipshape.cli.shipments;

import org.shipshape.cli.common.CommandSupport;
import org.shipshape.cli.common.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
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
import org.shipshape.model.common.Language;
import org.shipshape.model.loading.PackageCounts;
import org.shipshape.model.shipments.Shipment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shipshape shipment create|update|list|show}. */
@Command(name = "shipment", mixinStandardHelpOptions = true, description = "Create, change and list shipments.",
        subcommands = {ShipmentCommand.Create.class, ShipmentCommand.Update.class, ShipmentCommand.ListShipments.class,
            ShipmentCommand.Show.class})
public final class ShipmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a shipment in planning.")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ShipmentOptions options;

        @Override
        public Integer call() {
            if (options.reference == null || options.country == null || options.consignee == null) {
                throw new UserInputException("shipment create needs --ref, --country and --consignee.");
            }
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                ShipmentService service = new ShipmentService(workspace);
                Shipment draft = Shipment.planned(options.reference, options.country, options.consignee,
                        options.currency == null ? service.defaultCurrency() : options.currency, null);
                Shipment created = service.create(options.applyTo(draft));
                spec.commandLine().getOut().printf("Created shipment %s to %s (%s), documents in %s.%n",
                        created.reference(), created.countryCode(), created.status().code(),
                        languages(created));
            }
            return ExitCode.DONE;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Change fields of a shipment.")
    static final class Update implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "REF", description = "Reference of the shipment to change.")
        String reference;
        @Mixin
        ShipmentOptions options;

        @Override
        public Integer call() {
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                ShipmentService service = new ShipmentService(workspace);
                Shipment saved = service.update(options.applyTo(service.require(reference)));
                spec.commandLine().getOut().printf("Saved shipment %s.%n", saved.reference());
            }
            return ExitCode.DONE;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List all shipments.")
    static final class ListShipments implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or csv.")
        String format = "text";

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("csv")) {
                throw new UserInputException("--format must be text or csv, not " + format + ".");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
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
                    out.printf("%-16s %-3s %-9s %-5s %-12s %s%n", "REF", "CC", "STATUS", "TYPE", "LOADED", "CONSIGNEE");
                    for (Shipment s : service.shipments()) {
                        PackageCounts c = counts.getOrDefault(s.id(), PackageCounts.NONE);
                        out.printf("%-16s %-3s %-9s %-5s %-12s %s%n", s.reference(), s.countryCode(),
                                s.status().code(), text(s.containerTypeCode()), c.loaded() + " of " + c.total(),
                                s.consignee());
                    }
                }
            }
            out.flush();
            return ExitCode.DONE;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a shipment: fields, counts, fill.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "REF")
        String reference;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = CommandSupport.openWorkspace(spec)) {
                Shipment s = new ShipmentService(workspace).require(reference);
                Capacity capacity = new LoadingService(workspace).capacity(s.id());
                field(out, "Reference", s.reference());
                field(out, "Status", s.status().code());
                field(out, "Country", s.countryCode());
                field(out, "Consignee", s.consignee());
                field(out, "Consignee address", s.consigneeAddress());
                field(out, "Notify party", s.notifyParty());
                field(out, "Port of loading", s.portOfLoading());
                field(out, "Port of discharge", s.portOfDischarge());
                field(out, "Final destination", s.finalDestination());
                field(out, "Vessel", s.vessel());
                field(out, "Voyage", s.voyage());
                field(out, "Bill of lading", s.billOfLading());
                field(out, "ETD", s.etd() == null ? null : s.etd().toString());
                field(out, "ETA", s.eta() == null ? null : s.eta().toString());
                field(out, "Incoterm", s.incoterm() == null ? null
                        : s.incoterm() + (s.incotermPlace() == null ? "" : " " + s.incotermPlace()));
                field(out, "Currency", s.currency());
                field(out, "Document languages", languages(s));
                field(out, "Container type", s.containerTypeCode());
                field(out, "Container number", s.containerNumber());
                field(out, "Seal number", s.sealNumber());
                field(out, "Packages", capacity.loaded() + " of " + capacity.total() + " loaded");
                var text = CommandSupport.text(spec);
                field(out, "Volume", text.text("ShipmentCommand.Show.volume", capacity.volumeM3(),
                        capacity.usableVolumeM3(), capacity.volumeShareOfUsable(), capacity.volumeShareOfInside()));
                field(out, "Weight", text.text("ShipmentCommand.Show.weight", capacity.grossKg(), capacity.payloadKg(),
                        capacity.weightShare()));
                capacity.warning().ifPresent(warning -> field(out, "Warning", text.render(warning)));
            }
            out.flush();
            return ExitCode.DONE;
        }

        private static void field(PrintWriter out, String name, String value) {
            out.printf("%-19s %s%n", name + ":", value == null ? "" : value);
        }
    }

    static String languages(Shipment s) {
        return s.documentLanguages().isEmpty() ? "English only"
                : s.documentLanguages().stream().map(Language::code).collect(Collectors.joining(";"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
