package org.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.cli.common.ExitCode;
import org.shipshape.store.db.ServerAddress;

/**
 * Least privilege (issue 18): every command works for the role {@code packaging/postgres/create-warehouse.sql} makes
 * when an administrator runs it as shipped (no superuser, no right to create databases, roles or schemas; it owns the
 * one schema {@code shipshape}), pg_dump's backup included. A role that was granted nothing, a wrong password and an
 * address that requires TLS from a server without it each get one sentence naming what to do, and no stack trace.
 * The roles come from {@code packaging/test-postgres.sh} ({@value #WAREHOUSE}, {@value #STRANGER}); the test is
 * skipped without them.
 */
class CommandsAsTheWarehouseRoleOnPostgresTest extends CommandsOnPostgresTest {
    static final String WAREHOUSE = "SHIPSHAPE_TEST_POSTGRES_WAREHOUSE_URL";
    static final String STRANGER = "SHIPSHAPE_TEST_POSTGRES_STRANGER_URL";

    /** The warehouse made by the packaging script, emptied first: the role may drop what it owns in its schema. */
    @Override
    String warehouse() {
        String address = System.getenv(WAREHOUSE);
        assumeTrue(address != null && !address.isBlank(), WAREHOUSE + " is not set (packaging/test-postgres.sh)");
        try (Connection c = connect(address); Statement s = c.createStatement()) {
            s.execute("DO $$ DECLARE r record; BEGIN"
                    + " FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP"
                    + " EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', r.tablename); END LOOP;"
                    + " FOR r IN SELECT collname FROM pg_collation WHERE collnamespace = current_schema()::regnamespace"
                    + " LOOP EXECUTE format('DROP COLLATION %I', r.collname); END LOOP; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty " + address + ": " + e.getMessage(), e);
        }
        return address;
    }

    private static Connection connect(String address) throws SQLException {
        ServerAddress server = ServerAddress.parse(address);
        Properties login = new Properties();
        login.setProperty("user", server.user()); // the password from the test server's password file
        return DriverManager.getConnection("jdbc:postgresql://" + server.host() + ":" + server.port() + "/"
                + server.database(), login);
    }

    @Test
    void theRoleIsNoSuperuserAndMayCreateNoDatabaseRoleOrSchema() throws SQLException {
        try (Connection c = connect(System.getenv(WAREHOUSE)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication,"
                     + " has_database_privilege(current_database(), 'CREATE'), current_schema()"
                     + " FROM pg_roles WHERE rolname = current_user")) {
            assertThat(rs.next()).isTrue();
            for (int column = 1; column <= 5; column++) {
                assertThat(rs.getBoolean(column)).as("column %d", column).isFalse();
            }
            assertThat(rs.getString(6)).isEqualTo("shipshape");
        }
    }

    @Test
    void theRoleBacksUpWithPgDump(@TempDir Path folder) throws Exception {
        run("sample-data");
        Path dump = folder.resolve("warehouse.dump");

        assertThat(run("backup", "-o", dump.toString()).out()).contains("by pg_dump");
        assertThat(Files.readAllBytes(dump)).startsWith("PGDMP".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aRoleGrantedNothingIsToldToAskTheAdministratorInOneSentence() {
        String stranger = System.getenv(STRANGER);
        assumeTrue(stranger != null && !stranger.isBlank(), STRANGER + " is not set (packaging/test-postgres.sh)");

        assertRefusedInOneSentence(stranger, "The user shipshape_stranger has no right to use the database"
                + " shipshape_warehouse; ask the server's administrator to grant them");
    }

    @Test
    void anAddressRequiringTlsFromAServerWithoutItSaysSo() {
        for (String mode : List.of("require", "verify-full")) {
            assertRefusedInOneSentence(System.getenv(WAREHOUSE) + "?sslmode=" + mode,
                    "offers no encrypted connection (TLS), which the address asks for (sslmode=" + mode + ")");
        }
    }

    @Test
    void aUserWithoutAPasswordIsToldWhereToPutOne() {
        ServerAddress warehouse = ServerAddress.parse(System.getenv(WAREHOUSE));
        String nobody = new ServerAddress(warehouse.host(), warehouse.port(), warehouse.database(), "nobody_here",
                warehouse.options()).toString();

        assertRefusedInOneSentence(nobody, "asks for a password for nobody_here and none was given; type it, or put"
                + " it in the password file (.pgpass)");
    }

    private static void assertRefusedInOneSentence(String address, String sentence) {
        CommandRun run = CommandRun.exactly(List.of("--db", address, "--lang", "en", "shipment", "list"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(run.err()).contains(sentence).doesNotContain("Exception", "\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }
}
