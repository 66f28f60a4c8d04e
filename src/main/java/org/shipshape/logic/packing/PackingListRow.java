package org.shipshape.logic.packing;

import java.math.BigDecimal;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;

/**
 * One package on the packing list of a shipment.
 *
 * @param position  1-based place of the package in the shipment ("3" of "3 of 120")
 * @param itemCount sum of the line quantities
 * @param grossKg   null until weighed
 * @param contents  short summary, e.g. "Books 40 pcs; Toys, dolls and puzzles 12 pcs"
 */
public record PackingListRow(int position, String number, PackageKind kind, PackageStatus status, int lineCount,
                             BigDecimal itemCount, BigDecimal grossKg, String contents, String parentNumber) {
}
