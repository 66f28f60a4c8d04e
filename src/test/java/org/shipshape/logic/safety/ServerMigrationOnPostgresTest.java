package org.shipshape.logic.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.loading.LoadResult;
import org.shipshape.logic.loading.LoadingService;
import org.shipshape.logic.packing.PackageDetails;
import org.shipshape.logic.packing.PackingListRow;
import org.shipshape.logic.packing.PackingService;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.shipments.ShipmentService;
import org.shipshape.logic.task.CancelledException;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.packing.PackageKind;
import org.shipshape.model.packing.PackageStatus;
import org.shipshape.model.safety.TableComparison;
import org.shipshape.model.shipments.Shipment;
import org.shipshape.store.db.PostgresTestServer;

/**
 * {@code migrate --to}: the sample warehouse copied from its file onto a new, empty schema of the test server, each
 * test on its own schema (skipped when no test server is configured).
 */
@ExtendWith(PostgresTestServer.class)
class ServerMigrationOnPostgresTest {
    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void sampleWarehouse() {
        file = folder.resolve("warehouse.db");
        try (Workspace workspace = Workspace.open(file, false, "Ana")) {
            SampleWarehouse.load(workspace, Progress.NONE);
        }
    }

    @Test
    void everyTableArrivesWithTheSameRowsAndChecksum() {
        String server = PostgresTestServer.freshAddress();
        List<TableComparison> comparisons = migrate(server);

        assertTrue(ServerMigration.allMatch(comparisons), () -> "differences: " + comparisons);
        Map<String, TableComparison> byTable = comparisons.stream()
                .collect(Collectors.toMap(TableComparison::table, c -> c));
        assertEquals(300, byTable.get("donated_item").server().rows());
        assertEquals(120, byTable.get("parcel").server().rows());
        assertTrue(byTable.keySet().containsAll(List.of("donor", "shipment", "content_line", "load_record",
                "organisation", "phrase")), byTable.keySet()::toString);
        assertFalse(byTable.containsKey("schema_version"), "the server's own bookkeeping is not compared");
    }

    @Test
    void theAppWorksOnTheCopy() throws SQLException {
        String server = PostgresTestServer.freshAddress();
        migrate(server);

        try (Workspace original = Workspace.open(file, true, "Ana");
             Workspace copy = Workspace.openServer(server, false, "Ben")) {
            List<String> references = new ShipmentService(original).shipments().stream().map(Shipment::reference)
                    .toList();
            assertEquals(references, new ShipmentService(copy).shipments().stream().map(Shipment::reference).toList());
            PackingService originalPacking = new PackingService(original);
            PackingService copyPacking = new PackingService(copy);
            for (Shipment shipment : new ShipmentService(original).shipments()) {
                assertEquals(originalPacking.packingList(shipment.id()), copyPacking.packingList(shipment.id()));
            }
            PackingListRow sealed = sealedLoadable(copy);
            PackageDetails opened = copyPacking.open(sealed.number()).orElseThrow();
            assertEquals(originalPacking.open(sealed.number()).orElseThrow().lines(), opened.lines());

            LoadResult loaded = new LoadingService(copy).load(opened.pkg().shipmentId(), sealed.number());
            assertTrue(loaded.done(), () -> "refused: " + loaded.refusal());

            long highestCopiedId = maxParcelId(PostgresTestServer.schemaOf(server));
            PackageDetails made = copyPacking.newPackage(opened.pkg().shipmentId(), PackageKind.BOX, null);
            assertTrue(made.pkg().id() > highestCopiedId, "new rows get ids after the copied ones");
        }
    }

    @Test
    void aServerDatabaseThatIsNotEmptyIsRefusedAndLeftAsItWas() {
        String server = PostgresTestServer.freshAddress();
        migrate(server);
        Map<String, String> before = serverSums(server);

        UserInputException refused = assertThrows(UserInputException.class, () -> migrate(server));

        Message message = refused.messages().get(0);
        assertEquals("safety.migrate.notEmpty", message.key());
        assertEquals(before, serverSums(server));
    }

    @Test
    void theFileIsLeftUntouched() throws IOException {
        byte[] before = sha256(file);

        migrate(PostgresTestServer.freshAddress());

        assertArrayEquals(before, sha256(file));
        Path journal = file.resolveSibling(file.getFileName() + "-wal");
        // SQLite's readers of a WAL database keep its index (-shm) and may leave an empty journal; nothing is in it
        assertTrue(!Files.exists(journal) || Files.size(journal) == 0, "nothing was written to the journal");
    }

    @Test
    void aRowChangedOnTheServerIsFound() throws SQLException {
        String server = migratedThenChanged("UPDATE donor SET phone = '+40 700 000 000'"
                + " WHERE id = (SELECT min(id) FROM donor)");

        List<TableComparison> comparisons = compare(server);

        assertFalse(ServerMigration.allMatch(comparisons));
        List<String> different = comparisons.stream().filter(c -> !c.matches()).map(TableComparison::table).toList();
        assertEquals(List.of("donor"), different);
        TableComparison donor = comparisons.stream().filter(c -> c.table().equals("donor")).findFirst().orElseThrow();
        assertEquals(donor.file().rows(), donor.server().rows(), "same count, other content");
    }

    @Test
    void aRowMissingOnTheServerIsFound() throws SQLException {
        String server = migratedThenChanged("DELETE FROM audit_log");

        List<String> different = compare(server).stream().filter(c -> !c.matches()).map(TableComparison::table)
                .toList();

        assertEquals(List.of("audit_log"), different);
    }

    @Test
    void aCancelledCopyLeavesTheServerEmpty() throws SQLException {
        String server = PostgresTestServer.freshAddress();
        Progress cancelAfterFirstTable = new Progress() {
            private int reports;

            @Override
            public void report(long done, long total, Message step) {
                reports++;
            }

            @Override
            public boolean isCancelled() {
                return reports >= 3;
            }
        };

        try (Workspace source = Workspace.open(file, true, "Ana")) {
            assertThrows(CancelledException.class, () -> ServerMigration.migrate(source, server, cancelAfterFirstTable));
        }

        assertEquals(0, tableCount(PostgresTestServer.schemaOf(server)));
        assertTrue(ServerMigration.allMatch(migrate(server)), "an empty server takes the copy after a cancel");
    }

    @Test
    void aWarehouseAlreadyOnAServerIsNotASource() {
        String server = PostgresTestServer.freshAddress();
        try (Workspace onServer = Workspace.openServer(PostgresTestServer.freshAddress(), false, "Ana")) {
            UserInputException refused = assertThrows(UserInputException.class,
                    () -> ServerMigration.migrate(onServer, server, Progress.NONE));
            assertEquals("safety.migrate.sourceOnServer", refused.messages().get(0).key());
        }
    }

    private List<TableComparison> migrate(String server) {
        try (Workspace source = Workspace.open(file, true, "Ana")) {
            return ServerMigration.migrate(source, server, Progress.NONE);
        }
    }

    /** A fresh copy, then one change made behind the app's back, as someone with a SQL console might. */
    private String migratedThenChanged(String sql) throws SQLException {
        String server = PostgresTestServer.freshAddress();
        migrate(server);
        try (Connection c = PostgresTestServer.connect(PostgresTestServer.schemaOf(server));
             Statement s = c.createStatement()) {
            assertTrue(s.executeUpdate(sql) > 0, sql);
        }
        return server;
    }

    private List<TableComparison> compare(String server) {
        try (Workspace source = Workspace.open(file, true, "Ana")) {
            return ServerMigration.compare(source, server, Progress.NONE);
        }
    }

    private Map<String, String> serverSums(String server) {
        return compare(server).stream().collect(Collectors.toMap(TableComparison::table, c -> c.server().sha256()));
    }

    private static PackingListRow sealedLoadable(Workspace workspace) {
        PackingService packing = new PackingService(workspace);
        for (Shipment shipment : new ShipmentService(workspace).shipments()) {
            if (!LoadingService.canLoad(shipment.status())) {
                continue;
            }
            for (PackingListRow row : packing.packingList(shipment.id())) {
                if (row.status() == PackageStatus.SEALED && row.parentNumber() == null) {
                    return row;
                }
            }
        }
        throw new AssertionError("the sample has a sealed package ready to load");
    }

    private static long maxParcelId(String schema) {
        try (Connection c = PostgresTestServer.connect(schema); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(id) FROM parcel")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int tableCount(String schema) throws SQLException {
        try (Connection c = PostgresTestServer.connect(null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                     + schema + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static byte[] sha256(Path path) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
