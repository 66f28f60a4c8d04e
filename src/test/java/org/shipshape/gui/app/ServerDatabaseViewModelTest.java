package org.shipshape.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shipshape.gui.task.CurrentThreadTaskExecutor;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.db.PostgresTestServer;

/** File > Open server database: the fields, what is refused and why, and (with a test server) the real connection. */
class ServerDatabaseViewModelTest {
    private Preferences node;
    private RecentDatabases recent;
    private ServerDatabaseViewModel viewModel;
    private Locale before;

    @BeforeEach
    void setUp() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        node = Preferences.userRoot().node("org/shipshape/test/recent-" + UUID.randomUUID());
        recent = new RecentDatabases(node);
        viewModel = new ServerDatabaseViewModel(new CurrentThreadTaskExecutor(), recent, "Station 2");
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        node.removeNode();
        Locale.setDefault(before);
    }

    @Test
    void startsWithThePostgresPortAndTlsWhenTheServerOffersIt() {
        assertThat(viewModel.portProperty().get()).isEqualTo("5432");
        assertThat(viewModel.tlsProperty().get()).isEqualTo(ServerDatabaseViewModel.Tls.PREFER);
    }

    @Test
    void buildsTheAddressWithTheTlsChoiceAndNeverThePassword() {
        fill("db.hope.org", "5433", "warehouse", "intake desk");
        viewModel.tlsProperty().set(ServerDatabaseViewModel.Tls.VERIFY_FULL);
        viewModel.passwordProperty().set("s3cret");

        assertThat(viewModel.problem()).isEmpty();
        assertThat(viewModel.address())
                .isEqualTo("postgresql://intake%20desk@db.hope.org:5433/warehouse?sslmode=verify-full")
                .doesNotContain("s3cret");
    }

    @Test
    void namesTheEmptyFieldFirst() {
        fill("", "5432", "warehouse", "shipshape");
        assertThat(viewModel.problem()).hasValue("The field Server is empty; fill it in.");

        fill("db.hope.org", "5432", "warehouse", " ");
        assertThat(viewModel.problem()).hasValue("The field User is empty; fill it in.");

        fill("db.hope.org", "5432", "", "shipshape");
        assertThat(viewModel.problem()).hasValue("The field Database is empty; fill it in.");
    }

    @Test
    void refusesAPortThatIsNotOneAndAHostWithSpaces() {
        fill("db.hope.org", "70000", "warehouse", "shipshape");
        assertThat(viewModel.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("Port: 70000 is not a port"));

        fill("db hope org", "5432", "warehouse", "shipshape");
        assertThat(viewModel.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("Server: db hope org is not"));
    }

    @Test
    void aRefusedFieldIsShownAsAProblemAndNothingIsTried() {
        fill("db.hope.org", "x", "warehouse", "shipshape");
        List<Workspace> opened = new ArrayList<>();

        viewModel.open(opened::add);

        assertThat(opened).isEmpty();
        assertThat(viewModel.statusProperty().get()).startsWith("Port: x is not a port");
        assertThat(viewModel.statusIsProblemProperty().get()).isTrue();
        assertThat(recent.list()).isEmpty();
    }

    @Test
    void fillsTheFieldsFromARecentAddressKeepingItsOtherOptions() {
        viewModel.fill("postgresql://bay@10.0.0.5:5434/hope?sslmode=require&currentSchema=north");

        assertThat(viewModel.hostProperty().get()).isEqualTo("10.0.0.5");
        assertThat(viewModel.portProperty().get()).isEqualTo("5434");
        assertThat(viewModel.databaseProperty().get()).isEqualTo("hope");
        assertThat(viewModel.userProperty().get()).isEqualTo("bay");
        assertThat(viewModel.tlsProperty().get()).isEqualTo(ServerDatabaseViewModel.Tls.REQUIRE);
        assertThat(viewModel.address()).isEqualTo("postgresql://bay@10.0.0.5:5434/hope?sslmode=require&currentSchema=north");
    }

    @Test
    void theDialogStartsOnTheNewestRecentDatabase() {
        recent.remember("postgresql://old@a:5432/one?sslmode=prefer");
        recent.remember("postgresql://new@b:5432/two?sslmode=disable");

        ServerDatabaseViewModel next = new ServerDatabaseViewModel(new CurrentThreadTaskExecutor(), recent, "x");

        assertThat(next.hostProperty().get()).isEqualTo("b");
        assertThat(next.tlsProperty().get()).isEqualTo(ServerDatabaseViewModel.Tls.DISABLE);
        assertThat(recent.list()).containsExactly("postgresql://new@b:5432/two?sslmode=disable",
                "postgresql://old@a:5432/one?sslmode=prefer");
    }

    private void fill(String host, String port, String database, String user) {
        viewModel.hostProperty().set(host);
        viewModel.portProperty().set(port);
        viewModel.databaseProperty().set(database);
        viewModel.userProperty().set(user);
    }

    @Nested
    @ExtendWith(PostgresTestServer.class)
    class OnTheTestServer {
        @Test
        void testsTheConnectionThenOpensTheWorkspaceAndRemembersTheAddressWithoutPassword() {
            viewModel.fill(PostgresTestServer.freshAddress());
            viewModel.tlsProperty().set(ServerDatabaseViewModel.Tls.DISABLE);
            viewModel.passwordProperty().set("typed but not needed");

            viewModel.testConnection();
            assertThat(viewModel.statusIsProblemProperty().get()).as(viewModel.statusProperty().get()).isFalse();
            assertThat(viewModel.statusProperty().get()).startsWith("The connection works");

            List<Workspace> opened = new ArrayList<>();
            viewModel.open(opened::add);
            assertThat(opened).hasSize(1);
            try (Workspace workspace = opened.get(0)) {
                assertThat(workspace.isOnServer()).isTrue();
                assertThat(workspace.user()).isEqualTo("Station 2");
                assertThat(workspace.counts()).isNotNull();
            }
            assertThat(recent.list()).containsExactly(viewModel.address());
            assertThat(recent.list().get(0)).doesNotContain("typed but not needed").contains("sslmode=disable");
            assertThat(viewModel.passwordProperty().get()).isEmpty();
        }

        @Test
        void aWrongPasswordIsSaidPlainlyAndNothingIsRemembered() {
            viewModel.fill(PostgresTestServer.freshAddress());
            viewModel.userProperty().set("nobody_" + UUID.randomUUID().toString().substring(0, 8));
            viewModel.passwordProperty().set("wrong");
            List<Workspace> opened = new ArrayList<>();

            viewModel.open(opened::add);

            assertThat(opened).isEmpty();
            assertThat(viewModel.statusIsProblemProperty().get()).isTrue();
            assertThat(viewModel.statusProperty().get()).contains("the user name or the password is wrong");
            assertThat(recent.list()).isEmpty();
        }

        @Test
        void noPasswordAnywhereAsksForOne() {
            viewModel.fill(PostgresTestServer.freshAddress());
            viewModel.userProperty().set("nobody_" + UUID.randomUUID().toString().substring(0, 8));

            viewModel.testConnection();

            assertThat(viewModel.statusProperty().get()).contains("asks for a password");
        }

        @Test
        void aTypedPasswordIsUsedWhenThePasswordFileHasNoneAndAMissingDatabaseIsNamed() throws IOException {
            viewModel.fill(PostgresTestServer.freshAddress());
            viewModel.databaseProperty().set("no_such_warehouse");
            viewModel.passwordProperty().set(passwordFromTheFile());

            viewModel.testConnection();

            assertThat(viewModel.statusProperty().get()).contains("has no database no_such_warehouse");
        }

        @Test
        void aServerThatDoesNotAnswerIsNamed() {
            viewModel.fill(PostgresTestServer.freshAddress());
            viewModel.portProperty().set("1");

            viewModel.testConnection();

            assertThat(viewModel.statusProperty().get()).contains("does not answer");
        }

        @Test
        void aServerWithoutTlsIsNamedWhenTheDialogAsksForIt() {
            viewModel.fill(PostgresTestServer.freshAddress());
            for (ServerDatabaseViewModel.Tls required : List.of(ServerDatabaseViewModel.Tls.REQUIRE,
                    ServerDatabaseViewModel.Tls.VERIFY_FULL)) {
                viewModel.tlsProperty().set(required);

                viewModel.testConnection();

                assertThat(viewModel.statusIsProblemProperty().get()).isTrue();
                assertThat(viewModel.statusProperty().get()).contains("offers no encrypted connection (TLS)")
                        .doesNotContain("password");
            }
        }

        @Test
        void aRoleGrantedNothingIsToldToAskTheAdministrator() {
            String stranger = System.getenv("SHIPSHAPE_TEST_POSTGRES_STRANGER_URL");
            org.junit.jupiter.api.Assumptions.assumeTrue(stranger != null, "packaging/test-postgres.sh sets it");
            viewModel.fill(stranger);
            List<Workspace> opened = new ArrayList<>();

            viewModel.open(opened::add);

            assertThat(opened).isEmpty();
            assertThat(viewModel.statusProperty().get()).isEqualTo("The user shipshape_stranger has no right to use"
                    + " the database shipshape_warehouse; ask the server's administrator to grant them"
                    + " (packaging/postgres/create-warehouse.sql).");
        }

        /** The test server's password file has one line: host:port:database:user:password. */
        private String passwordFromTheFile() throws IOException {
            String line = Files.readAllLines(Path.of(System.getenv("PGPASSFILE"))).get(0);
            return line.substring(line.lastIndexOf(':') + 1);
        }
    }
}
