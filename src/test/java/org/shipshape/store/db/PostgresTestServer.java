package org.shipshape.store.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.shipshape.logic.workspace.Workspace;

/**
 * The PostgreSQL server the tests run against (docs/decisions/0010), named by the environment variable
 * {@value #VARIABLE} ({@code postgresql://user@host:port/database}; the password from {@code PGPASSFILE} or
 * {@code PGPASSWORD}, as for the app). {@code .ci/run} starts one with {@code packaging/test-postgres.sh}.
 *
 * <p>As an extension on a test class it skips the class, saying why, when the variable is not set, and drops the
 * schemas the class's tests made. Every {@link #freshAddress()} is a new, empty schema of that database, so each test
 * starts from an empty warehouse as with a new SQLite file.
 */
public final class PostgresTestServer implements ExecutionCondition, AfterAllCallback {
    public static final String VARIABLE = "SHIPSHAPE_TEST_POSTGRES_URL";
    private static final List<String> SCHEMAS = new ArrayList<>();

    /** True when a test server is configured. */
    public static boolean configured() {
        String url = System.getenv(VARIABLE);
        return url != null && !url.isBlank();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return configured() ? ConditionEvaluationResult.enabled("PostgreSQL test server at " + System.getenv(VARIABLE))
                : ConditionEvaluationResult.disabled(VARIABLE + " is not set, so the PostgreSQL variant is skipped"
                        + " (packaging/test-postgres.sh starts a server and prints the variable; .ci/run sets it)");
    }

    /** The configured server's address. */
    public static ServerAddress server() {
        if (!configured()) {
            throw new IllegalStateException(VARIABLE + " is not set");
        }
        return ServerAddress.parse(System.getenv(VARIABLE));
    }

    /** A new, empty schema on the test server, as the address the app is given ({@code ...?currentSchema=...}). */
    public static String freshAddress() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        synchronized (SCHEMAS) {
            SCHEMAS.add(schema);
        }
        return server().withSchema(schema).toString();
    }

    /** A workspace on a new, empty schema (migrated to the latest version as it opens). */
    public static Workspace freshWorkspace(String user) {
        return Workspace.openServer(freshAddress(), false, user);
    }

    /** A database on a new, empty schema, migrated to the latest version. */
    public static Database freshDatabase() {
        return Database.openServer(ServerAddress.parse(freshAddress()), Database.Mode.READ_WRITE, Migrator.bundled());
    }

    /** A plain connection to the test database, for checks the app has no query for. */
    public static Connection connect(String schema) throws SQLException {
        ServerAddress server = schema == null ? server() : server().withSchema(schema);
        return DriverManager.getConnection(server.jdbcUrl(), server.driverProperties(System.getenv()));
    }

    /** The schema of an address made by {@link #freshAddress()}. */
    public static String schemaOf(String address) {
        return ServerAddress.parse(address).options().get("currentSchema");
    }

    private static void execute(String sql) {
        try (Connection c = connect(null); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("On the test server: " + sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<String> made;
        synchronized (SCHEMAS) {
            made = List.copyOf(SCHEMAS);
            SCHEMAS.clear();
        }
        for (String schema : made) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
