package org.shipshape.logic.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.bench.MixedStation;
import org.shipshape.bench.MixedStation.Operation;
import org.shipshape.bench.MixedStation.Outcome;
import org.shipshape.bench.StationsBench;
import org.shipshape.logic.safety.ChildJvm;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.db.PostgresTestServer;

/**
 * Several stations on one server in more than one process (issue 18): a busy morning of packing, weighing, sealing,
 * loading and unloading at once, and a station whose PC dies in the middle of a change. Afterwards the database is
 * read directly and checked against what each station says it did.
 */
@ExtendWith(PostgresTestServer.class)
class StationsUnderLoadTest {
    private static final int STATIONS = 8;
    private static final int IN_CHILD = 4;
    private static final int OPERATIONS = 500;
    private static final BigDecimal PAYLOAD_KG = new BigDecimal("28200");
    private static final String HALF_WRITTEN_STATION = "station cut off";

    @Test
    void eightStationsInTwoProcessesLoseNothingExceedNoPayloadAndAuditEveryChange() throws Exception {
        String address = PostgresTestServer.freshAddress();
        List<String> pool = prepare(address);

        List<Outcome> outcomes = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(StationsBench.class, address, "station-process",
                String.valueOf(STATIONS - IN_CHILD + 1), String.valueOf(IN_CHILD), String.valueOf(OPERATIONS),
                String.join(",", pool))) {
            outcomes.addAll(MixedStation.runTogether(address, 1, STATIONS - IN_CHILD, pool, OPERATIONS, () -> {
                assertThat(child.awaitLine("READY", 120_000)).as("the second station process connected").isTrue();
                child.send("GO");
            }));
            assertThat(child.waitForExit()).as("the second station process ended well").isZero();
            outcomes.addAll(Outcome.read(child.lines()));
        }

        assertThat(outcomes).extracting(Outcome::station).doesNotHaveDuplicates().hasSize(STATIONS);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.operations()).isEqualTo(OPERATIONS));
        try (Connection c = PostgresTestServer.connect(PostgresTestServer.schemaOf(address))) {
            Warehouse after = Warehouse.read(c);
            assertConsistent(after, outcomes, pool);
            assertThat(after.replayLoads()).as("the container was filled to within one pool package")
                    .isGreaterThan(PAYLOAD_KG.subtract(MixedStation.POOL_KG));
            assertThat(outcomes.stream().mapToInt(o -> o.refused().getOrDefault(Operation.LOAD, 0)).sum())
                    .as("stations were refused loads (full container, package already loaded)").isPositive();
        }
    }

    @Test
    void aStationKilledInTheMiddleOfAChangeLeavesNothingHalfWrittenAndTheOthersCarryOn() throws Exception {
        othersCarryOnPastAHalfWrittenStation(true, 100);
    }

    /**
     * A hung PC or a pulled cable closes no socket: without Shipshape's limit on a silent transaction the server would
     * keep the station's locks for TCP's keep-alive (hours), and the others would wait as long.
     */
    @Test
    void aStationThatFallsSilentInTheMiddleOfAChangeIsEndedByTheServerAndTheOthersCarryOn() throws Exception {
        othersCarryOnPastAHalfWrittenStation(false, 20);
    }

    /**
     * Station {@value #HALF_WRITTEN_STATION} (its own process) loads a package and packs boxes in one transaction and
     * stops there; three stations start their morning and wait for its locks. Then it is killed, or left silent; the
     * three must finish, and nothing of its change may remain.
     */
    private static void othersCarryOnPastAHalfWrittenStation(boolean kill, int operationsEach) throws Exception {
        String address = PostgresTestServer.freshAddress();
        List<String> pool = prepare(address);
        String schema = PostgresTestServer.schemaOf(address);

        ExecutorService others = Executors.newSingleThreadExecutor();
        try (ChildJvm halfWritten = ChildJvm.start(HalfWrittenStationChild.class, address, HALF_WRITTEN_STATION,
                pool.get(0))) {
            assertThat(halfWritten.awaitLineStartingWith(HalfWrittenStationChild.HALF_WRITTEN, 120_000))
                    .as("the station has loaded a package and packed boxes, uncommitted").isTrue();
            Future<List<Outcome>> running = others.submit(() -> MixedStation.runTogether(address, 1, 3, pool,
                    operationsEach, () -> { }));
            assertThat(awaitSessionsWaitingForALock(3, 120_000))
                    .as("the other stations wait for the locks the half-written change holds").isTrue();

            if (kill) {
                halfWritten.kill();
            }

            List<Outcome> outcomes = running.get(120, TimeUnit.SECONDS);
            assertThat(outcomes).hasSize(3).allSatisfy(o -> assertThat(o.operations()).isEqualTo(operationsEach));
            try (Connection c = PostgresTestServer.connect(schema)) {
                Warehouse after = Warehouse.read(c);
                assertThat(after.auditCount(HALF_WRITTEN_STATION)).as("no change of the stopped station remains")
                        .isZero();
                assertThat(after.loadedBy).doesNotContainValue(HALF_WRITTEN_STATION);
                assertConsistent(after, outcomes, pool);
                assertThat(idleInTransaction(c)).as("the server ended the stopped station's transaction").isZero();
            }
        } finally {
            others.shutdownNow();
        }
    }

    private static List<String> prepare(String address) {
        try (Workspace office = Workspace.openServer(address, false, "office")) {
            return MixedStation.prepare(office);
        }
    }

    /**
     * What must hold whatever the stations did: numbers unique and every package accounted for, statuses agreeing
     * with the loads, the payload never exceeded and no package loaded twice at any moment of the audited history,
     * each station's last weights and loads in the database, and one audit row per change a station made.
     */
    private static void assertConsistent(Warehouse after, List<Outcome> outcomes, List<String> pool) {
        int packed = outcomes.stream().mapToInt(o -> o.done().getOrDefault(Operation.PACK, 0)).sum();
        assertThat(after.numbers).doesNotHaveDuplicates().hasSize(pool.size() + packed);
        assertThat(after.loadedBy.keySet()).as("loaded status agrees with the load records")
                .isEqualTo(after.numbersWithStatus("loaded"));
        after.replayLoads(); // throws on a package loaded twice or the payload exceeded
        assertThat(after.loadedKg()).isLessThanOrEqualTo(PAYLOAD_KG);
        for (Outcome o : outcomes) {
            o.weights().forEach((number, kg) -> assertThat(after.grossKg.get(number))
                    .as("%s's last weight of %s", o.station(), number).isEqualByComparingTo(kg));
            assertThat(after.numbersLoadedBy(o.station())).as("what %s loaded", o.station())
                    .isEqualTo(o.loaded());
            for (Operation operation : Operation.values()) {
                assertThat(after.auditCount(o.station(), operation.auditAction()))
                        .as("audit rows of %s for %s", o.station(), operation)
                        .isEqualTo(o.done().getOrDefault(operation, 0));
            }
        }
    }

    /** True once at least {@code sessions} sessions of the test database wait for a lock (or false at the deadline). */
    private static boolean awaitSessionsWaitingForALock(int sessions, long timeoutMillis) throws Exception {
        long end = System.currentTimeMillis() + timeoutMillis;
        try (Connection c = PostgresTestServer.connect(null)) {
            while (System.currentTimeMillis() < end) {
                if (count(c, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND wait_event_type = 'Lock'") >= sessions) {
                    return true;
                }
                Thread.sleep(20);
            }
        }
        return false;
    }

    private static int idleInTransaction(Connection c) throws SQLException {
        return count(c, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state LIKE 'idle in transaction%'");
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The warehouse as the server holds it after the run, read with plain SQL. */
    private static final class Warehouse {
        final List<String> numbers = new ArrayList<>();
        final Map<String, String> status = new HashMap<>();
        final Map<String, BigDecimal> grossKg = new HashMap<>();
        final Map<String, String> loadedBy = new HashMap<>();
        /** Audit rows of loads and unloads in the order they were written: {action, package number}. */
        final List<String[]> loadHistory = new ArrayList<>();
        final Map<String, Integer> auditCounts = new HashMap<>();

        static Warehouse read(Connection c) throws SQLException {
            Warehouse w = new Warehouse();
            try (PreparedStatement ps = c.prepareStatement("SELECT number, status, gross_g FROM parcel");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    w.numbers.add(rs.getString(1));
                    w.status.put(rs.getString(1), rs.getString(2));
                    long grams = rs.getLong(3);
                    w.grossKg.put(rs.getString(1), rs.wasNull() ? null : BigDecimal.valueOf(grams, 3));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT p.number, l.loaded_by FROM load_record l"
                    + " JOIN parcel p ON p.id = l.parcel_id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    w.loadedBy.put(rs.getString(1), rs.getString(2));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT user_name, action, entity_key FROM audit_log"
                    + " ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    w.auditCounts.merge(rs.getString(1) + "\t" + rs.getString(2), 1, Integer::sum);
                    w.auditCounts.merge(rs.getString(1), 1, Integer::sum);
                    if (rs.getString(2).equals("load") || rs.getString(2).equals("unload")) {
                        w.loadHistory.add(new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
            return w;
        }

        Set<String> numbersWithStatus(String wanted) {
            return keysWith(status, wanted);
        }

        Set<String> numbersLoadedBy(String station) {
            return keysWith(loadedBy, station);
        }

        private static Set<String> keysWith(Map<String, String> map, String value) {
            Set<String> result = new HashSet<>();
            map.forEach((key, v) -> {
                if (v.equals(value)) {
                    result.add(key);
                }
            });
            return result;
        }

        int auditCount(String user, String action) {
            return auditCounts.getOrDefault(user + "\t" + action, 0);
        }

        int auditCount(String user) {
            return auditCounts.getOrDefault(user, 0);
        }

        BigDecimal loadedKg() {
            return loadedBy.keySet().stream().map(grossKg::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /**
         * Replays the audited loads and unloads in the order they were written (the shipment's lock makes that the
         * order they happened in): a package is never loaded while in the container, never unloaded while not in it,
         * and the container's weight never goes over the payload. Ends with what the load records hold. Returns the
         * heaviest the container was. Weights are final ones: a package's weight cannot change once sealed.
         */
        BigDecimal replayLoads() {
            Set<String> inside = new HashSet<>();
            BigDecimal kg = BigDecimal.ZERO;
            BigDecimal peak = BigDecimal.ZERO;
            for (String[] event : loadHistory) {
                String number = event[1];
                if (event[0].equals("load")) {
                    assertThat(inside.add(number)).as("%s loaded while already in the container", number).isTrue();
                    kg = kg.add(grossKg.get(number));
                    assertThat(kg).as("the container's load after %s", number).isLessThanOrEqualTo(PAYLOAD_KG);
                } else {
                    assertThat(inside.remove(number)).as("%s unloaded while not in the container", number).isTrue();
                    kg = kg.subtract(grossKg.get(number));
                }
                peak = peak.max(kg);
            }
            assertThat(inside).as("the audited loads end as the load records").isEqualTo(loadedBy.keySet());
            return peak;
        }
    }
}
