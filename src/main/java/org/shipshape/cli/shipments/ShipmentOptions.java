package org.shipshape.cli.shipments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shipshape.logic.io.LenientParsing;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.model.common.Language;
import org.shipshape.model.common.Message;
import org.shipshape.model.shipments.Shipment;
import picocli.CommandLine.Option;

/** The fields of a shipment as options, shared by {@code shipment create} and {@code shipment update}. */
final class ShipmentOptions {
    @Option(names = "--ref", paramLabel = "REF")
    String reference;
    @Option(names = "--country", paramLabel = "CC")
    String country;
    @Option(names = "--consignee", paramLabel = "NAME")
    String consignee;
    @Option(names = "--consignee-address", paramLabel = "TEXT")
    String consigneeAddress;
    @Option(names = "--notify-party", paramLabel = "TEXT")
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
    @Option(names = "--etd", paramLabel = "DATE")
    String etd;
    @Option(names = "--eta", paramLabel = "DATE")
    String eta;
    @Option(names = "--incoterm", paramLabel = "I")
    String incoterm;
    @Option(names = "--incoterm-place", paramLabel = "PLACE")
    String incotermPlace;
    @Option(names = "--currency", paramLabel = "C")
    String currency;
    @Option(names = "--language", paramLabel = "L")
    List<String> languages;
    @Option(names = "--container-type", paramLabel = "TYPE")
    String containerType;
    @Option(names = "--container-number", paramLabel = "N")
    String containerNumber;
    @Option(names = "--seal", paramLabel = "S")
    String seal;

    /** The base shipment with every given option applied. */
    Shipment applyTo(Shipment base) {
        List<Message> problems = new ArrayList<>();
        LocalDate etdDate = date("--etd", etd, base.etd(), problems);
        LocalDate etaDate = date("--eta", eta, base.eta(), problems);
        List<Language> documentLanguages = base.documentLanguages();
        if (languages != null) {
            try {
                documentLanguages = ShipmentService.parseLanguages(String.join(";", languages));
            } catch (UserInputException e) {
                problems.addAll(e.messages());
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

    private static LocalDate date(String name, String text, LocalDate current, List<Message> problems) {
        if (text == null) {
            return current;
        }
        try {
            return LenientParsing.date(text).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(Message.of("common.cli.badDate", name, text));
            return current;
        }
    }
}
