package org.shipshape.model.customs;

import org.shipshape.model.intake.TestRecord;

/**
 * The functionality test of the donated item a content line was packed from. Deliberately holds no donor data:
 * it is printed on customs documents.
 *
 * @param testRecord null when the item was never tested
 */
public record ItemTest(long itemId, String description, TestRecord testRecord) {
}
