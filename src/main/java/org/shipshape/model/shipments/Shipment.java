package org.shipshape.model.shipments;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.shipshape.model.common.Language;

/**
 * One container bound for one partner project.
 *
 * @param reference         such as {@code MLI-2026-01}
 * @param countryCode       ISO 3166 alpha-2 of the destination, such as {@code ML}
 * @param documentLanguages languages printed beside English on labels and documents
 * @param containerTypeCode such as {@code 40HC}
 */
public record Shipment(long id, String reference, String countryCode, String consignee, String consigneeAddress,
                       String notifyParty, String portOfLoading, String portOfDischarge, String finalDestination,
                       String vessel, String voyage, String billOfLading, LocalDate etd, LocalDate eta,
                       String incoterm, String incotermPlace, String currency, List<Language> documentLanguages,
                       String containerTypeCode, String containerNumber, String sealNumber, ShipmentStatus status) {
    public Shipment {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(consignee, "consignee");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
        documentLanguages = documentLanguages == null ? List.of() : List.copyOf(documentLanguages);
    }

    /** A new shipment in planning with only the required fields. */
    public static Shipment planned(String reference, String countryCode, String consignee, String currency,
                                   String containerTypeCode) {
        return new Shipment(0, reference, countryCode, consignee, null, null, null, null, null, null, null, null,
                null, null, null, null, currency, List.of(), containerTypeCode, null, null, ShipmentStatus.PLANNING);
    }

    public Shipment withId(long newId) {
        return new Shipment(newId, reference, countryCode, consignee, consigneeAddress, notifyParty, portOfLoading,
                portOfDischarge, finalDestination, vessel, voyage, billOfLading, etd, eta, incoterm, incotermPlace,
                currency, documentLanguages, containerTypeCode, containerNumber, sealNumber, status);
    }

    public Shipment withStatus(ShipmentStatus newStatus) {
        return new Shipment(id, reference, countryCode, consignee, consigneeAddress, notifyParty, portOfLoading,
                portOfDischarge, finalDestination, vessel, voyage, billOfLading, etd, eta, incoterm, incotermPlace,
                currency, documentLanguages, containerTypeCode, containerNumber, sealNumber, newStatus);
    }
}
