package org.shipshape.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.workspace.WorkspaceOpenException;
import org.shipshape.model.safety.OpenFailure;

/** One schema history, two databases: an empty PostgreSQL schema and a new SQLite file end up with the same schema. */
@ExtendWith(PostgresTestServer.class)
class SchemaOnBothDatabasesTest {
    @TempDir
    Path folder;

    @Test
    void migrationsFromEmptyToLatestGiveTheSameTablesColumnsAndSeedRowsOnBoth() throws SQLException {
        Map<String, List<String>> sqliteColumns;
        Map<String, Long> sqliteRows;
        try (Database sqlite = Database.open(folder.resolve("t.db"))) {
            sqliteColumns = sqlite.read(c -> columns(c, "SELECT m.name, p.name FROM sqlite_master m"
                    + " JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
                    + " ORDER BY 1, p.cid"));
            sqliteRows = sqlite.read(c -> rowCounts(c, sqliteColumns.keySet()));
        }
        try (Database server = PostgresTestServer.freshDatabase()) {
            assertThat(server.schemaVersion()).isEqualTo(Migrator.bundled().latestVersion());
            Map<String, List<String>> serverColumns = server.read(c -> columns(c, "SELECT table_name, column_name"
                    + " FROM information_schema.columns WHERE table_schema = current_schema()"
                    + " AND table_name <> 'schema_version' ORDER BY 1, ordinal_position"));

            assertThat(serverColumns).isEqualTo(sqliteColumns);
            Map<String, Long> serverRows = server.read(c -> rowCounts(c, serverColumns.keySet()));
            assertThat(serverRows).isEqualTo(sqliteRows);
            assertThat(sqliteRows.get("category")).isPositive();
            assertThat(sqliteRows.get("phrase")).isPositive();
        }
    }

    @Test
    void twoStationsStartingANewReleaseAtOnceMigrateTheSchemaOnce() throws Exception {
        String address = PostgresTestServer.freshAddress();
        Callable<Integer> station = () -> {
            try (Workspace workspace = Workspace.openServer(address, false, "station")) {
                return workspace.database().schemaVersion();
            }
        };
        ExecutorService stations = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> opened = stations.invokeAll(List.of(station, station));
            for (Future<Integer> version : opened) {
                assertThat(version.get()).isEqualTo(Migrator.bundled().latestVersion());
            }
        } finally {
            stations.shutdownNow();
        }
        try (Connection c = PostgresTestServer.connect(PostgresTestServer.schemaOf(address));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT name) FROM category")) {
            rs.next();
            assertThat(rs.getLong(1)).isPositive().isEqualTo(rs.getLong(2));
        }
    }

    @Test
    void aSchemaWrittenByANewerShipshapeIsRefusedAndLeftAsItIs() throws SQLException {
        String address = PostgresTestServer.freshAddress();
        Workspace.openServer(address, false, "station").close();
        int newer = Migrator.bundled().latestVersion() + 1;
        try (Connection c = PostgresTestServer.connect(PostgresTestServer.schemaOf(address));
             Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = " + newer);
        }

        assertThatThrownBy(() -> Workspace.openServer(address, false, "station"))
                .isInstanceOfSatisfying(WorkspaceOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OpenFailure.NEWER_THAN_APP);
                    assertThat(e.text().key()).isEqualTo("workspace.server.newer");
                });
        try (Connection c = PostgresTestServer.connect(PostgresTestServer.schemaOf(address));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(newer);
        }
    }

    @Test
    void aRefusedLoginAndAServerThatDoesNotAnswerAreToldApart() throws Exception {
        ServerAddress server = PostgresTestServer.server();
        String stranger = new ServerAddress(server.host(), server.port(), server.database(), "nobody_here",
                server.options()).toString();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String nobodyListening = new ServerAddress("127.0.0.1", closedPort, server.database(), server.user(),
                server.options()).toString();

        // a user the password file has no line for: the server asks for a password nobody gave (ADR 0014's dialog
        // then asks for it); a wrong one typed is LOGIN_REFUSED, see ServerDatabaseViewModelTest
        assertThatThrownBy(() -> Workspace.openServer(stranger, false, "station"))
                .isInstanceOfSatisfying(WorkspaceOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(OpenFailure.PASSWORD_NEEDED));
        assertThatThrownBy(() -> Workspace.openServer(nobodyListening, false, "station"))
                .isInstanceOfSatisfying(WorkspaceOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(OpenFailure.SERVER_UNREACHABLE));
    }

    @Test
    void theServerRefusesQuantitiesThatAreNotFiniteNumbersAsTheSqliteTriggersDo() throws SQLException {
        try (Database server = PostgresTestServer.freshDatabase()) {
            assertThatThrownBy(() -> server.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO donor (name, kind, created_at) VALUES ('Anna', 'individual', 'now')");
                    return s.executeUpdate("INSERT INTO donated_item (donor_id, category_id, description, quantity,"
                            + " unit, condition, unit_value_minor, currency, received_on, created_at)"
                            + " SELECT (SELECT max(id) FROM donor), min(id), 'towels', 'Infinity', 'pcs', 'new', 0,"
                            + " 'EUR', '2026-01-01', 'now' FROM category");
                }
            })).isInstanceOf(StoreException.class).hasMessageContaining("donated_item_quantity_finite");
            Map<String, Long> rows = server.read(c -> rowCounts(c, List.of("donor", "donated_item")));
            assertThat(rows).containsEntry("donor", 0L).containsEntry("donated_item", 0L);
        }
    }

    private static Map<String, List<String>> columns(Connection c, String query) throws SQLException {
        Map<String, List<String>> result = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getString(1), table -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return result;
    }

    private static Map<String, Long> rowCounts(Connection c, Iterable<String> tables) throws SQLException {
        Map<String, Long> result = new TreeMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                result.put(table, rs.getLong(1));
            }
        }
        return result;
    }
}
