package org.shipshape.model.settings;

import java.util.Objects;

/**
 * The charity itself: the shipper on every document and label.
 *
 * @param address            postal address, one line per line of the envelope ("\n" between them)
 * @param country            the organisation's country, ISO 3166 two letters (FR), or empty
 * @param registrationNumber its charity or company registration number, or empty
 * @param eori               its EORI number (customs id in the EU and UK: country code and up to 15 more), or empty
 * @param countryOfOrigin    printed as the goods' country of origin; empty means the organisation's country
 * @param logo               printed on every document's header, or null
 */
public record Organisation(String name, String address, String country, String registrationNumber, String eori,
                           String contact, String phone, String email, String signatoryName, String signatoryTitle,
                           String defaultCurrency, String countryOfOrigin, Logo logo) {
    public Organisation {
        name = text(name);
        address = text(address);
        country = text(country);
        registrationNumber = text(registrationNumber);
        eori = text(eori);
        contact = text(contact);
        phone = text(phone);
        email = text(email);
        signatoryName = text(signatoryName);
        signatoryTitle = text(signatoryTitle);
        defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? "EUR" : defaultCurrency;
        countryOfOrigin = text(countryOfOrigin);
    }

    /** The fields the first documents were printed with (no country, numbers or logo). */
    public Organisation(String name, String address, String phone, String email, String contact,
                        String signatoryName, String signatoryTitle, String defaultCurrency, String countryOfOrigin) {
        this(name, address, "", "", "", contact, phone, email, signatoryName, signatoryTitle, defaultCurrency,
                countryOfOrigin, null);
    }

    public static Organisation unnamed() {
        return new Organisation("", "", "", "", "", "", "", "", "", "", "EUR", "", null);
    }

    /** Name and address are what every final document needs to name the shipper. */
    public boolean isComplete() {
        return !name.isBlank() && !address.isBlank();
    }

    /** The goods' country of origin as printed: the one given, else the organisation's own country. */
    public String originPrinted() {
        return countryOfOrigin.isBlank() ? country : countryOfOrigin;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A changed copy, field by field: {@code organisation.toBuilder().email("x@example.org").build()}. */
    public static final class Builder {
        private String name;
        private String address;
        private String country;
        private String registrationNumber;
        private String eori;
        private String contact;
        private String phone;
        private String email;
        private String signatoryName;
        private String signatoryTitle;
        private String defaultCurrency;
        private String countryOfOrigin;
        private Logo logo;

        private Builder(Organisation o) {
            Objects.requireNonNull(o, "organisation");
            name = o.name;
            address = o.address;
            country = o.country;
            registrationNumber = o.registrationNumber;
            eori = o.eori;
            contact = o.contact;
            phone = o.phone;
            email = o.email;
            signatoryName = o.signatoryName;
            signatoryTitle = o.signatoryTitle;
            defaultCurrency = o.defaultCurrency;
            countryOfOrigin = o.countryOfOrigin;
            logo = o.logo;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder address(String value) {
            address = value;
            return this;
        }

        public Builder country(String value) {
            country = value;
            return this;
        }

        public Builder registrationNumber(String value) {
            registrationNumber = value;
            return this;
        }

        public Builder eori(String value) {
            eori = value;
            return this;
        }

        public Builder contact(String value) {
            contact = value;
            return this;
        }

        public Builder phone(String value) {
            phone = value;
            return this;
        }

        public Builder email(String value) {
            email = value;
            return this;
        }

        public Builder signatoryName(String value) {
            signatoryName = value;
            return this;
        }

        public Builder signatoryTitle(String value) {
            signatoryTitle = value;
            return this;
        }

        public Builder defaultCurrency(String value) {
            defaultCurrency = value;
            return this;
        }

        public Builder countryOfOrigin(String value) {
            countryOfOrigin = value;
            return this;
        }

        public Builder logo(Logo value) {
            logo = value;
            return this;
        }

        public Organisation build() {
            return new Organisation(name, address, country, registrationNumber, eori, contact, phone, email,
                    signatoryName, signatoryTitle, defaultCurrency, countryOfOrigin, logo);
        }
    }
}
