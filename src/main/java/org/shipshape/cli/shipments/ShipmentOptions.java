package org.shipshape.cli.shipments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Language;
import org.shipshape.model.shipments.Shipment;
import picocli.CommandLine.Option;

/** The fields of a shipment as options, shared by {@code shipment create} and {@code shipment update}. */
final class ShipmentOptions {
    @Option(names = "--ref", paramLabel = "REF", description = "Shipment reference, such as MLI-2026-01.")
    String reference;
    @Option(names = "--country", paramLabel = "CC", description = "Destination country code, such as ML.")
    String country;
    @Option(names = "--consignee", paramLabel = "NAME", description = "Partner project that receives the goods.")
    String consignee;
    @Option(names = "--consignee-address", paramLabel = "TEXT")
    String consigneeAddress;
    @Option(names = "--notify-party", paramLabel = "TEXT", description = "Agent to notify on arrival.")
    String notifyParty;
    @Option(names = "--port-of-loading", paramLabel = "P")
    String portOfLoading;
    @Option(names = "--port-of-discharge", paramLabel = "P")
    String portOfDischarge;
    @Option(names = "--final-destination", paramLabel = "PLACE")
    String finalDestination;
    @Option(names = "--vessel", paramLabel = "V")
    String vessel;
    @Option(names = "--voyage", paramLabel = "V")
    String voyage;
    @Option(names = "--bill-of-lading", paramLabel = "B/L")
    String billOfLading;
    @Option(names = "--etd", paramLabel = "DATE", description = "Departure, 2026-03-14 or 14/03/2026.")
    String etd;
    @Option(names = "--eta", paramLabel = "DATE", description = "Arrival, 2026-04-20 or 20/04/2026.")
    String eta;
    @Option(names = "--incoterm", paramLabel = "I", description = "One of FOB, CFR, CIF, DAP, EXW, FCA, CPT, CIP, DPU, DDP.")
    String incoterm;
    @Option(names = "--incoterm-place", paramLabel = "PLACE", description = "Named place of the Incoterm.")
    String incotermPlace;
    @Option(names = "--currency", paramLabel = "C", description = "Currency of values, such as EUR.")
    String currency;
    @Option(names = "--language", paramLabel = "L", description = "Document language (repeat or fr;ro); default:"
            + " the destination's.")
    List<String> languages;
    @Option(names = "--container-type", paramLabel = "TYPE", description = "20GP, 40GP or 40HC.")
    String containerType;
    @Option(names = "--container-number", paramLabel = "N", description = "ISO 6346, such as CSQU3054383.")
    String containerNumber;
    @Option(names = "--seal", paramLabel = "S", description = "Seal number.")
    String seal;

    /** The base shipment with every given option applied. */
    Shipment applyTo(Shipment base) {
        List<String> problems = new ArrayList<>();
        LocalDate etdDate = date("--etd", etd, base.etd(), problems);
        LocalDate etaDate = date("--eta", eta, base.eta(), problems);
        List<Language> documentLanguages = base.documentLanguages();
        if (languages != null) {
            try {
                documentLanguages = ShipmentService.parseLanguages(String.join(";", languages));
            } catch (UserInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
        return new Shipment(base.id(), or(reference, base.reference()), or(country, base.countryCode()),
                or(consignee, base.consignee()), or(consigneeAddress, base.consigneeAddress()),
                or(notifyParty, base.notifyParty()), or(portOfLoading, base.portOfLoading()),
                or(portOfDischarge, base.portOfDischarge()), or(finalDestination, base.finalDestination()),
                or(vessel, base.vessel()), or(voyage, base.voyage()), or(billOfLading, base.billOfLading()), etdDate,
                etaDate, or(incoterm, base.incoterm()), or(incotermPlace, base.incotermPlace()),
                or(currency, base.currency()), documentLanguages, or(containerType, base.containerTypeCode()),
                or(containerNumber, base.containerNumber()), or(seal, base.sealNumber()), base.status());
    }

    private static String or(String option, String current) {
        return option == null ? current : option;
    }

    private static LocalDate date(String name, String text, LocalDate current, List<String> problems) {
        if (text == null) {
            return current;
        }
        try {
            return LenientParsing.date(text).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(name + ": " + e.getMessage() + ".");
            return current;
        }
    }
}
