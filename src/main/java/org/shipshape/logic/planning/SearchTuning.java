package org.shipshape.logic.planning;

/**
 * How the search ranks the blocks that fit a free cuboid, after the VCS function of Araya, Guerrero and Nuñez
 * (2017): a block scores its volume, times (1 - loss)^lossWeight, where the loss is the share of the cuboid that
 * the remaining boxes can no longer fill once the block stands in it, times contact^contactWeight, the share of
 * the block's surface touching walls or placed blocks, times (1 / boxes)^fewBoxesWeight.
 *
 * @param candidatePool     at most this many fitting blocks, the largest first, are ranked for one free cuboid
 * @param lossWeight        exponent of (1 - loss); 0 ignores the loss
 * @param contactWeight     exponent of the contact share; 0 ignores contact
 * @param fewBoxesWeight    exponent of 1 / number of boxes in the block; 0 ignores it
 * @param contactTolerance  a face counts as touching when the gap is at most this share of the block's size
 */
record SearchTuning(int candidatePool, double lossWeight, double contactWeight, double fewBoxesWeight,
                    double contactTolerance) {
    static SearchTuning standard() {
        return new SearchTuning(10, 2.0, 0, 0.2, 0.04);
    }

    /** Largest volume first, nothing else: the ranking of the first planner. */
    static SearchTuning volumeOnly() {
        return new SearchTuning(1, 0, 0, 0, 0);
    }

    boolean rankedByVolumeOnly() {
        return lossWeight == 0 && contactWeight == 0 && fewBoxesWeight == 0;
    }
}
