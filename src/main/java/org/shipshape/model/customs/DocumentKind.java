package org.shipshape.model.customs;

import org.shipshape.model.common.CodedEnum;

/** The documents of a customs pack, with the file name and the suffix of their document number. */
public enum DocumentKind implements CodedEnum {
    PACKING_LIST("packing-list", "PL"),
    PROFORMA_INVOICE("proforma-invoice", "PI"),
    DONATION_CERTIFICATE("donation-certificate", "DC"),
    HS_SUMMARY("hs-summary", "HS"),
    DOOR_SUMMARY("door-summary", "DS"),
    TEST_RECORDS("test-records", "TR");

    private final String code;
    private final String suffix;

    DocumentKind(String code, String suffix) {
        this.code = code;
        this.suffix = suffix;
    }

    @Override
    public String code() {
        return code;
    }

    public String fileName() {
        return code + ".pdf";
    }

    /** Document number of this kind for a shipment, such as MLI-2026-01-PL. */
    public String documentNumber(String shipmentReference) {
        return shipmentReference + "-" + suffix;
    }
}
