package org.shipshape.model.settings;

/** The shipper as printed on every document. */
public record Organisation(String name, String address, String phone, String email, String contact,
                           String signatoryName, String signatoryTitle, String defaultCurrency,
                           String countryOfOrigin) {
    public static Organisation unnamed() {
        return new Organisation("", "", "", "", "", "", "", "EUR", "");
    }
}
