package org.shipshape.logic.loading;

import org.shipshape.model.common.Message;
import org.shipshape.model.packing.Package;

/**
 * The outcome of a scan, an unload or an undo: done (with the package as it is now) or refused with the reason, in
 * which case nothing was changed.
 *
 * @param sequence position in the loading order for a load, 0 otherwise
 * @param refusal  why nothing was done (keys {@code loading.refused.*}), null when done
 */
public record LoadResult(boolean done, String packageNumber, Package pkg, int sequence, Message refusal) {
    public static LoadResult refused(String packageNumber, Message reason) {
        return new LoadResult(false, packageNumber, null, 0, reason);
    }

    public static LoadResult done(Package pkg, int sequence) {
        return new LoadResult(true, pkg.number(), pkg, sequence, null);
    }
}
