package org.shipshape.model.donors;

import java.util.Objects;

/**
 * Someone who gives goods. Holds personal data: never printed on customs documents or container lists.
 *
 * @param id 0 for a donor not stored yet
 */
public record Donor(long id, String name, DonorKind kind, String email, String phone, String address, String notes) {
    public Donor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public static Donor named(String name, DonorKind kind) {
        return new Donor(0, name, kind, null, null, null, null);
    }

    public Donor withId(long newId) {
        return new Donor(newId, name, kind, email, phone, address, notes);
    }
}
