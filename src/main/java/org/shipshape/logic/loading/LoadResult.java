package org.shipshape.logic.loading;

import org.shipshape.model.packing.Package;

/**
 * The outcome of a scan, an unload or an undo: done (with the package as it is now) or refused with one plain
 * sentence, in which case nothing was changed.
 *
 * @param sequence position in the loading order for a load, 0 otherwise
 */
public record LoadResult(boolean done, String packageNumber, Package pkg, int sequence, String refusal) {
    public static LoadResult refused(String packageNumber, String reason) {
        return new LoadResult(false, packageNumber, null, 0, reason);
    }

    public static LoadResult done(Package pkg, int sequence) {
        return new LoadResult(true, pkg.number(), pkg, sequence, null);
    }
}
