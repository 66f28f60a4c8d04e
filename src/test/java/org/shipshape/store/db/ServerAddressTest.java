package org.shipshape.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerAddressTest {
    @Test
    void anAddressNamesUserHostPortDatabaseAndTheAcceptedOptions() {
        ServerAddress address = ServerAddress.parse(
                "postgresql://packer@warehouse.example.org:5433/shipshape?sslmode=verify-full");

        assertThat(address.user()).isEqualTo("packer");
        assertThat(address.host()).isEqualTo("warehouse.example.org");
        assertThat(address.port()).isEqualTo(5433);
        assertThat(address.database()).isEqualTo("shipshape");
        assertThat(address.options()).containsExactly(Map.entry("sslmode", "verify-full"));
        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://warehouse.example.org:5433/shipshape");
        assertThat(address).hasToString("postgresql://packer@warehouse.example.org:5433/shipshape?sslmode=verify-full");
        assertThat(ServerAddress.parse(address.toString())).isEqualTo(address);
    }

    @Test
    void thePortDefaultsToPostgresqlsOwn() {
        assertThat(ServerAddress.parse("postgresql://packer@localhost/shipshape").port()).isEqualTo(5432);
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndNeverKept() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://packer:secret@localhost/shipshape"))
                .isInstanceOfSatisfying(InvalidServerAddressException.class,
                        e -> assertThat(e.text().key()).isEqualTo("workspace.serverAddress.password"))
                .hasMessageNotContaining("secret");
    }

    @Test
    void anAddressWithoutUserOrDatabaseOrWithAnUnknownOptionIsRefusedSayingWhich() {
        assertThat(keyOf("postgresql://localhost/shipshape")).isEqualTo("workspace.serverAddress.noUser");
        assertThat(keyOf("postgresql://packer@localhost/")).isEqualTo("workspace.serverAddress.noDatabase");
        assertThat(keyOf("postgresql://packer@localhost/shipshape?password=x"))
                .isEqualTo("workspace.serverAddress.option");
        assertThat(keyOf("postgresql://packer@/shipshape")).isEqualTo("workspace.serverAddress.form");
    }

    @Test
    void onlyPgpasswordFromTheEnvironmentBecomesTheDriversPasswordAndTheAddressCarriesNone() {
        ServerAddress address = ServerAddress.parse("postgresql://packer@localhost/shipshape");

        assertThat(address.driverProperties(Map.of()).getProperty("password")).isNull();
        assertThat(address.driverProperties(Map.of("PGPASSWORD", "from-env")).getProperty("password"))
                .isEqualTo("from-env");
        assertThat(address.driverProperties(Map.of()).getProperty("user")).isEqualTo("packer");
    }

    @Test
    void serverAddressesAreToldApartFromFileNames() {
        assertThat(ServerAddress.isServerAddress("PostgreSQL://packer@localhost/shipshape")).isTrue();
        assertThat(ServerAddress.isServerAddress("postgresql.db")).isFalse();
        assertThat(ServerAddress.isServerAddress("/home/anna/shipshape.db")).isFalse();
    }

    private static String keyOf(String address) {
        try {
            ServerAddress.parse(address);
        } catch (InvalidServerAddressException e) {
            return e.text().key();
        }
        return "accepted";
    }
}
