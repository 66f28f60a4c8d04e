package org.shipshape.gui.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shipshape.gui.common.Messages;
import org.shipshape.gui.task.BackgroundTask;
import org.shipshape.gui.task.TaskExecutor;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.logic.workspace.WorkspaceOpenException;
import org.shipshape.model.common.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Open server database: the server's address in fields, a password for when the system's password file and
 * {@code PGPASSWORD} give none, a test of the connection and the opening itself, both off the window's thread. The
 * password is handed to the connection only; it is never kept in the address, the recent list or the log.
 */
public final class ServerDatabaseViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabaseViewModel.class);
    static final String DEFAULT_PORT = "5432";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:-]+|\\[[0-9A-Fa-f:.]+]");

    /** The TLS choices of the connection ({@code sslmode}), weakest first. */
    public enum Tls {
        DISABLE("disable"), PREFER("prefer"), REQUIRE("require"), VERIFY_FULL("verify-full");

        private final String sslMode;

        Tls(String sslMode) {
            this.sslMode = sslMode;
        }

        public String sslMode() {
            return sslMode;
        }

        static Tls ofSslMode(String value) {
            return Arrays.stream(values()).filter(t -> t.sslMode.equalsIgnoreCase(value)).findFirst().orElse(PREFER);
        }
    }

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(DEFAULT_PORT);
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ObjectProperty<Tls> tls = new SimpleObjectProperty<>(Tls.PREFER);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsProblem = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Options of a filled-in address other than TLS (such as {@code currentSchema}), kept as they were. */
    private String otherOptions = "";
    private final TaskExecutor tasks;
    private final RecentDatabases recent;
    private final String volunteer;
    private final Messages text = Messages.of(ServerDatabaseView.class);

    /** @param volunteer the name the opened workspace records changes under (the current window's) */
    public ServerDatabaseViewModel(TaskExecutor tasks, RecentDatabases recent, String volunteer) {
        this.tasks = tasks;
        this.recent = recent;
        this.volunteer = volunteer;
        recent.list().stream().findFirst().ifPresent(this::fill);
    }

    /** Fills the fields from an address of the recent list (it holds no password). */
    public void fill(String address) {
        try {
            URI uri = new URI(address);
            host.set(uri.getHost() == null ? "" : uri.getHost());
            port.set(uri.getPort() < 0 ? DEFAULT_PORT : String.valueOf(uri.getPort()));
            String path = uri.getPath() == null ? "" : uri.getPath();
            database.set(path.startsWith("/") ? path.substring(1) : path);
            user.set(uri.getRawUserInfo() == null ? "" : decode(uri.getRawUserInfo()));
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
            tls.set(Arrays.stream(query.split("&")).filter(pair -> pair.startsWith("sslmode="))
                    .map(pair -> Tls.ofSslMode(decode(pair.substring("sslmode=".length())))).findFirst()
                    .orElse(Tls.PREFER));
            otherOptions = Arrays.stream(query.split("&")).filter(pair -> !pair.isBlank())
                    .filter(pair -> !pair.startsWith("sslmode=")).map(pair -> "&" + pair)
                    .collect(java.util.stream.Collectors.joining());
        } catch (URISyntaxException e) {
            LOG.warn("A recent database address could not be read: {}", address, e);
        }
        password.set("");
        showStatus("", false);
    }

    /** The first thing wrong with the fields, naming the field and what to write, or empty when all are right. */
    public Optional<String> problem() {
        if (host.get().isBlank()) {
            return Optional.of(text.get("required", text.get("host")));
        }
        if (!HOST.matcher(host.get().trim()).matches()) {
            return Optional.of(text.get("badHost", host.get().trim()));
        }
        if (port.get().isBlank() || !port.get().trim().matches("\\d{1,5}")
                || Integer.parseInt(port.get().trim()) < 1 || Integer.parseInt(port.get().trim()) > 65535) {
            return Optional.of(text.get("badPort", port.get().trim()));
        }
        if (database.get().isBlank()) {
            return Optional.of(text.get("required", text.get("database")));
        }
        if (user.get().isBlank()) {
            return Optional.of(text.get("required", text.get("user")));
        }
        return Optional.empty();
    }

    /** {@code postgresql://user@host:port/database?sslmode=...}: the address, never with the password. */
    public String address() {
        String hostPart = host.get().trim();
        if (hostPart.contains(":") && !hostPart.startsWith("[")) {
            hostPart = "[" + hostPart + "]";
        }
        return "postgresql://" + encode(user.get().trim()) + "@" + hostPart + ":" + port.get().trim() + "/"
                + encode(database.get().trim()) + "?sslmode=" + tls.get().sslMode() + otherOptions;
    }

    /** Logs in and checks the database without opening it; says in the status line whether it worked. */
    public void testConnection() {
        if (refuseProblem()) {
            return;
        }
        String address = address();
        char[] typed = password.get().toCharArray();
        begin(Message.of("ServerDatabaseView.testing"));
        tasks.execute(BackgroundTask.<Void>of(text.get("testing"), progress -> {
            progress.report(0, 1, Message.of("ServerDatabaseView.testing"));
            Workspace.checkServer(address, typed);
            return null;
        }).withProgressWindow().onSuccess(done -> {
            busy.set(false);
            showStatus(text.get("testPassed", address), false);
        }).onFailure(this::showFailure));
    }

    /**
     * Opens the database (bringing its schema up to date), remembers its address among the recent ones and hands
     * the workspace over; on failure the status line says why and what to do, and the current window stays.
     */
    public void open(Consumer<Workspace> onOpened) {
        if (refuseProblem()) {
            return;
        }
        String address = address();
        char[] typed = password.get().toCharArray();
        begin(Message.of("ServerDatabaseView.opening"));
        tasks.execute(BackgroundTask.of(text.get("opening"), progress -> {
            progress.report(0, 1, Message.of("ServerDatabaseView.opening"));
            return Workspace.openServer(address, typed, false, volunteer);
        }).withProgressWindow().onSuccess(workspace -> {
            busy.set(false);
            recent.remember(address);
            password.set("");
            showStatus("", false);
            onOpened.accept(workspace);
        }).onFailure(this::showFailure));
    }

    private boolean refuseProblem() {
        Optional<String> problem = problem();
        problem.ifPresent(sentence -> showStatus(sentence, true));
        return problem.isPresent();
    }

    private void begin(Message what) {
        busy.set(true);
        showStatus(text.render(what), false);
    }

    private void showFailure(Throwable failure) {
        busy.set(false);
        if (failure instanceof WorkspaceOpenException refused) {
            LOG.warn("Could not use the server database {}", address(), failure);
            showStatus(text.render(refused.text()), true);
        } else {
            LOG.error("Opening the server database {} failed", address(), failure);
            showStatus(text.get("failed", address()), true);
        }
    }

    private void showStatus(String sentence, boolean problem) {
        status.set(sentence);
        statusIsProblem.set(problem);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<Tls> tlsProperty() {
        return tls;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty statusIsProblemProperty() {
        return statusIsProblem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
