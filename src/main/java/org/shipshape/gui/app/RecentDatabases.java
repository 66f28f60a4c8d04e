package org.shipshape.gui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server databases opened lately, newest first, kept in the user's preferences so File > Recent databases offers
 * them again. Only addresses are kept ({@code postgresql://user@host:5432/database?sslmode=prefer}): an address never
 * holds a password (docs/decisions/0010), so none is ever written here.
 */
public final class RecentDatabases {
    private static final Logger LOG = LoggerFactory.getLogger(RecentDatabases.class);
    static final int KEPT = 8;
    private final Preferences node;

    public RecentDatabases() {
        this(Preferences.userRoot().node("org/shipshape/recentDatabases"));
    }

    /** Kept under another node (tests). */
    public RecentDatabases(Preferences node) {
        this.node = node;
    }

    /** Newest first. */
    public List<String> list() {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < KEPT; i++) {
            String address = node.get(String.valueOf(i), null);
            if (address != null && !address.isBlank()) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    /** Puts the address first; an address already listed moves up instead of appearing twice. */
    public void remember(String address) {
        List<String> addresses = list();
        addresses.remove(address);
        addresses.add(0, address);
        for (int i = 0; i < KEPT; i++) {
            if (i < addresses.size()) {
                node.put(String.valueOf(i), addresses.get(i));
            } else {
                node.remove(String.valueOf(i));
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list is a convenience: the database is open all the same, only the menu will not offer it again
            LOG.warn("Could not keep {} in the recent databases", address, e);
        }
    }
}
