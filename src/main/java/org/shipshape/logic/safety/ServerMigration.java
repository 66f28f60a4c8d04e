package org.shipshape.logic.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.task.UserInputException;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.model.common.Message;
import org.shipshape.model.safety.TableChecksum;
import org.shipshape.model.safety.TableComparison;
import org.shipshape.store.db.DatabaseOpenException;
import org.shipshape.store.db.InvalidServerAddressException;
import org.shipshape.store.db.Migrator;
import org.shipshape.store.db.ServerAddress;
import org.shipshape.store.db.StoreException;
import org.shipshape.store.safety.ServerCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a warehouse from its SQLite file onto a PostgreSQL server that several stations will share, and proves the
 * move (docs/decisions/0013): the schema is created and every table copied in one transaction, then each table's rows
 * are counted and checksummed on both sides, the same way. The file is opened read-only and never changed.
 */
public final class ServerMigration {
    private static final Logger LOG = LoggerFactory.getLogger(ServerMigration.class);

    private ServerMigration() {
    }

    /**
     * Copies the open file's warehouse onto the empty server database at {@code address}, then compares both.
     *
     * @return one comparison per table; every one {@link TableComparison#matches() matches} when the copy is whole
     * @throws UserInputException naming what to do: the address, a server that cannot be reached, a database that is
     *                            not empty; the server is left as it was
     */
    public static List<TableComparison> migrate(Workspace source, String address, Progress progress) {
        ServerAddress target = targetOf(source, address);
        Map<String, TableChecksum> file;
        try {
            file = ServerCopy.copy(source.database(), target, Migrator.bundled(), (table, done, total) -> {
                progress.checkCancelled();
                progress.report(done, total, table == null ? Message.of("safety.migrate.progress.checking")
                        : Message.of("safety.migrate.progress.table", table));
            });
        } catch (RuntimeException e) {
            throw translated(e, target);
        }
        LOG.info("Copied {} onto {}", source.location(), target);
        return compare(file, serverChecksums(target));
    }

    /**
     * Compares the open file with the server database at {@code address} without copying: row counts and checksums
     * per table, as after a migration (a later check that nobody changed either side).
     */
    public static List<TableComparison> compare(Workspace source, String address, Progress progress) {
        ServerAddress target = targetOf(source, address);
        progress.report(0, 2, Message.of("safety.migrate.progress.checking"));
        Map<String, TableChecksum> file = ServerCopy.checksums(source.database());
        progress.checkCancelled();
        progress.report(1, 2, Message.of("safety.migrate.progress.checking"));
        return compare(file, serverChecksums(target));
    }

    /** True when every table matches. */
    public static boolean allMatch(List<TableComparison> comparisons) {
        return comparisons.stream().allMatch(TableComparison::matches);
    }

    private static Map<String, TableChecksum> serverChecksums(ServerAddress target) {
        try {
            return ServerCopy.checksums(target);
        } catch (RuntimeException e) {
            throw translated(e, target);
        }
    }

    private static List<TableComparison> compare(Map<String, TableChecksum> file, Map<String, TableChecksum> server) {
        TreeSet<String> tables = new TreeSet<>(file.keySet());
        tables.addAll(server.keySet());
        List<TableComparison> comparisons = new ArrayList<>();
        for (String table : tables) {
            comparisons.add(new TableComparison(table, file.get(table), server.get(table)));
        }
        return comparisons;
    }

    private static ServerAddress targetOf(Workspace source, String address) {
        if (source.isOnServer()) {
            throw new UserInputException(Message.of("safety.migrate.sourceOnServer", source.location()));
        }
        if (address == null || !ServerAddress.isServerAddress(address)) {
            throw new UserInputException(Message.of("safety.migrate.notServer", String.valueOf(address)));
        }
        try {
            return ServerAddress.parse(address);
        } catch (InvalidServerAddressException e) {
            throw new UserInputException(e.text());
        }
    }

    private static RuntimeException translated(RuntimeException e, ServerAddress target) {
        if (e instanceof ServerCopy.TargetNotEmptyException notEmpty) {
            return new UserInputException(Message.of("safety.migrate.notEmpty", target.toString(), notEmpty.schema(),
                    notEmpty.tables()));
        }
        if (e instanceof ServerCopy.NoSchemaException) {
            return new UserInputException(Message.of("safety.migrate.noSchema", target.toString()));
        }
        if (e instanceof DatabaseOpenException open) {
            return new UserInputException(Workspace.serverSentence(open, target));
        }
        if (e instanceof StoreException) {
            LOG.error("Copying onto {} failed; the server was rolled back", target, e);
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new UserInputException(Message.of("safety.migrate.failed", target.toString(),
                    String.valueOf(cause.getMessage())));
        }
        return e;
    }
}
