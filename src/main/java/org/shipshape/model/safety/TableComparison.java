package org.shipshape.model.safety;

import java.util.Objects;

/** One table of a warehouse as its file and a server hold it: equal when both its row count and checksum are. */
public record TableComparison(String table, TableChecksum file, TableChecksum server) {
    public boolean matches() {
        return file != null && server != null && file.rows() == server.rows()
                && Objects.equals(file.sha256(), server.sha256());
    }
}
