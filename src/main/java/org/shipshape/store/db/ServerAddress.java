package org.shipshape.store.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.postgresql.jdbcurlresolver.PgPassParser;
import org.shipshape.model.common.Message;

/**
 * A warehouse database on a PostgreSQL server, as given with {@code --db postgresql://user@host:5432/shipshape}
 * (docs/decisions/0010). It never holds a password: the driver reads {@code PGPASSWORD} or the password file
 * ({@code ~/.pgpass}, {@code PGPASSFILE}) itself, so no password is typed on a command line or stored by Shipshape.
 */
public record ServerAddress(String host, int port, String database, String user, Map<String, String> options) {
    public static final String SCHEME = "postgresql://";
    private static final int DEFAULT_PORT = 5432;
    /** The driver options an address may carry: TLS, the schema, the time to wait, the name shown on the server. */
    private static final Set<String> OPTIONS = Set.of("sslmode", "sslrootcert", "currentSchema", "connectTimeout",
            "ApplicationName");

    public ServerAddress {
        options = Map.copyOf(options);
    }

    /** True when the text names a server rather than a file. */
    public static boolean isServerAddress(String text) {
        return text != null && text.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /**
     * Reads {@code postgresql://user@host[:port]/database[?option=value&...]}.
     *
     * @throws InvalidServerAddressException naming what is wrong: a password in it, no user, no database, an option
     *                                       the address may not carry
     */
    public static ServerAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw invalid(Message.of("workspace.serverAddress.form", text), e);
        }
        if (!"postgresql".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw invalid(Message.of("workspace.serverAddress.form", text), null);
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || userInfo.isBlank()) {
            throw invalid(Message.of("workspace.serverAddress.noUser", text), null);
        }
        if (userInfo.contains(":")) {
            throw invalid(Message.of("workspace.serverAddress.password"), null);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isBlank() || database.contains("/")) {
            throw invalid(Message.of("workspace.serverAddress.noDatabase", text), null);
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (uri.getRawQuery() != null && !uri.getRawQuery().isBlank()) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                if (!OPTIONS.contains(key)) {
                    throw invalid(Message.of("workspace.serverAddress.option", key,
                            String.join(", ", OPTIONS.stream().sorted().toList())), null);
                }
                options.put(key, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database,
                decode(userInfo), options);
    }

    /** The same server and user, another schema: the tests give every test class a fresh, empty one. */
    public ServerAddress withSchema(String schema) {
        Map<String, String> changed = new LinkedHashMap<>(options);
        changed.put("currentSchema", schema);
        return new ServerAddress(host, port, database, user, changed);
    }

    /**
     * A plain connection to this server that runs no migration, for work on a database that must stay as it is until
     * that work decides (copying a warehouse onto an empty server, comparing one with its file).
     *
     * @throws DatabaseOpenException saying why the server could not be reached or refused the login
     */
    Connection connect() {
        try {
            return DriverManager.getConnection(jdbcUrl(), driverProperties(System.getenv()));
        } catch (SQLException e) {
            throw Database.translate(this, e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /**
     * The driver's properties: the user and the options; {@code stringtype=unspecified} lets the server read the
     * text form the store writes for numbers and dates into their columns, as SQLite does. The driver finds a
     * password in the password file itself but does not read {@code PGPASSWORD} (42.7.14 lists it and ignores it), so
     * that one is handed over here, taken from the environment at each connection and kept nowhere. A password typed in
     * the window is used only when neither gives one.
     */
    Properties driverProperties(Map<String, String> environment, char[] typedPassword) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        String password = environment.get("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        } else if (typedPassword != null && typedPassword.length > 0 && !hasPasswordFileEntry()) {
            properties.setProperty("password", new String(typedPassword));
        }
        properties.setProperty("stringtype", "unspecified");
        properties.setProperty("ApplicationName", "Shipshape");
        options.forEach(properties::setProperty);
        return properties;
    }

    Properties driverProperties(Map<String, String> environment) {
        return driverProperties(environment, null);
    }

    /** True when the address asks for an encrypted connection and refuses a plain one (sslmode require or stricter). */
    public boolean requiresTls() {
        return Set.of("require", "verify-ca", "verify-full").contains(options.getOrDefault("sslmode", ""));
    }

    /** True when the address asks for the server's certificate to be checked (sslmode verify-ca or verify-full). */
    public boolean verifiesCertificate() {
        return Set.of("verify-ca", "verify-full").contains(options.getOrDefault("sslmode", ""));
    }

    /** True when the password file ({@code PGPASSFILE}, {@code ~/.pgpass}) has a line for this server and user. */
    public boolean hasPasswordFileEntry() {
        return PgPassParser.getPassword(host, String.valueOf(port), database, user) != null;
    }

    /** The address as the user gave it (it has no password to hide). */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(SCHEME).append(user).append('@')
                .append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/')
                .append(database);
        String separator = "?";
        for (Map.Entry<String, String> option : options.entrySet()) {
            text.append(separator).append(option.getKey()).append('=').append(option.getValue());
            separator = "&";
        }
        return text.toString();
    }

    private static InvalidServerAddressException invalid(Message text, Throwable cause) {
        return new InvalidServerAddressException(text, cause);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
