package org.shipshape.cli;

import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.store.db.PostgresTestServer;

/** The README's first shipment from the command line, with {@code --db postgresql://...} instead of a file. */
@ExtendWith(PostgresTestServer.class)
class FirstShipmentCommandLineOnPostgresTest extends FirstShipmentCommandLineTest {
    private String address;

    @Override
    String database() {
        if (address == null) {
            address = PostgresTestServer.freshAddress();
        }
        return address;
    }
}
