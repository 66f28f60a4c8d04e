package org.shipshape.model.safety;

/**
 * What one table holds, in a form two databases can be compared by: its rows and a SHA-256 over a canonical text of
 * each row (docs/decisions/0013), in hexadecimal.
 */
public record TableChecksum(String table, long rows, String sha256) {
    /** The first characters of the checksum, enough for a person to compare two lines of a printed table. */
    public String shortChecksum() {
        return sha256.substring(0, Math.min(16, sha256.length()));
    }
}
