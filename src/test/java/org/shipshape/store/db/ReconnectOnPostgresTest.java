package org.shipshape.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A station keeps working after its server connection broke (docs/decisions/0014). The break is made as a server
 * restart or a network failure makes it: another connection ends the station's server session
 * ({@code pg_terminate_backend}), which closes its socket.
 */
@ExtendWith(PostgresTestServer.class)
class ReconnectOnPostgresTest {
    private Database station;

    @BeforeEach
    void openStation() {
        station = PostgresTestServer.freshDatabase();
        station.write(c -> execute(c, "CREATE TABLE probe (n INTEGER NOT NULL)"));
    }

    @AfterEach
    void closeStation() {
        station.close();
    }

    @Test
    void aReadAfterTheSessionWasEndedReconnectsAndSucceeds() throws SQLException {
        int before = backendPid();
        endSession(before);

        assertThat(count()).isZero();
        assertThat(backendPid()).isNotEqualTo(before);
    }

    @Test
    void aWriteAfterTheSessionWasEndedReconnectsAndIsSavedOnce() throws SQLException {
        endSession(backendPid());

        station.write(c -> execute(c, "INSERT INTO probe (n) VALUES (1)"));

        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aWriteCutOffMidTransactionTwiceIsRolledBackReportedPlainlyAndTheNextOneWorks() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> station.write(c -> {
            attempts.incrementAndGet();
            execute(c, "INSERT INTO probe (n) VALUES (1)");
            endSession(pidOf(c)); // the connection breaks between two statements of one transaction
            execute(c, "INSERT INTO probe (n) VALUES (2)");
            return null;
        })).isInstanceOfSatisfying(ConnectionLostException.class, lost -> {
            assertThat(lost.text().key()).isEqualTo("workspace.connection.lost");
            assertThat(lost.text().arguments()).containsExactly(station.location());
        });

        assertThat(attempts).hasValue(2); // run once more on a new connection, then given up
        assertThat(count()).as("nothing of the cut-off transaction is saved").isZero();
        station.write(c -> execute(c, "INSERT INTO probe (n) VALUES (3)"));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aWriteCutOffOnceIsRunAgainWholeOnANewConnection() {
        AtomicInteger attempts = new AtomicInteger();

        station.write(c -> {
            execute(c, "INSERT INTO probe (n) VALUES (1)");
            if (attempts.incrementAndGet() == 1) {
                endSession(pidOf(c));
            }
            execute(c, "INSERT INTO probe (n) VALUES (2)");
            return null;
        });

        assertThat(attempts).hasValue(2);
        assertThat(count()).as("the first attempt's row was rolled back by the server").isEqualTo(2);
    }

    private int count() {
        return station.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM probe")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private int backendPid() {
        return station.read(ReconnectOnPostgresTest::pidOf);
    }

    private static int pidOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Ends a session from another connection, as a server restart does, and waits until it is gone. */
    private static void endSession(int pid) throws SQLException {
        try (Connection other = PostgresTestServer.connect(null); Statement s = other.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT pg_terminate_backend(" + pid + ", 10000)")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("session %d ended", pid).isTrue();
            }
        }
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        return null;
    }
}
