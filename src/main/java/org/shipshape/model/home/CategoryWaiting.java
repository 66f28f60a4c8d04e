package org.shipshape.model.home;

/** Goods of one category in stock, waiting to be packed. */
public record CategoryWaiting(String category, long items) {
}
