package org.shipshape.model.common;

/**
 * Reference data named by a code that other records refer to (a box size, a label stock, a container type, a
 * country): it can be retired, hidden from every choice but kept where it is used (docs/decisions/0011).
 *
 * @param <T> the record itself
 */
public interface CodedEntry<T extends CodedEntry<T>> {
    String code();

    String name();

    boolean retired();

    T withRetired(boolean retired);
}
