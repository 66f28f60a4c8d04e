package org.shipshape.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.shipshape.logic.safety.BackupService;
import org.shipshape.logic.sample.LargeWarehouse;
import org.shipshape.logic.sample.SampleWarehouse;
import org.shipshape.logic.task.Progress;
import org.shipshape.logic.workspace.Workspace;

/**
 * What benchmark operations share: a scratch folder (deleted at the end) and databases built once per run,
 * because generating the large warehouse takes longer than most operations.
 */
public final class BenchContext implements AutoCloseable {
    private final Path folder;
    private final LargeWarehouse.Size size;
    private final long seed;
    private Path largeDatabase;
    private Path sampleDatabase;
    private int copies;
    private final List<Workspace> openWorkspaces = new ArrayList<>();

    public BenchContext(LargeWarehouse.Size size, long seed) throws IOException {
        this.folder = Files.createTempDirectory("shipshape-bench");
        this.size = size;
        this.seed = seed;
    }

    /** The size of the large warehouse in this run, for the size column. */
    public LargeWarehouse.Size size() {
        return size;
    }

    public String sizeText() {
        return size.toString();
    }

    public Path folder() {
        return folder;
    }

    /** The large synthetic warehouse, generated on first use. Do not change it: other operations read it too. */
    public synchronized Path largeDatabase() {
        if (largeDatabase == null) {
            Path file = folder.resolve("large.db");
            try (Workspace workspace = Workspace.open(file, false, "bench")) {
                LargeWarehouse.generate(workspace, size, seed, Progress.NONE);
            }
            largeDatabase = file;
        }
        return largeDatabase;
    }

    /** The sample warehouse of sample-data/, loaded on first use. Do not change it. */
    public synchronized Path sampleDatabase() {
        if (sampleDatabase == null) {
            Path file = folder.resolve("sample.db");
            try (Workspace workspace = Workspace.open(file, false, "bench")) {
                SampleWarehouse.load(workspace, Progress.NONE);
            }
            sampleDatabase = file;
        }
        return sampleDatabase;
    }

    /**
     * A private copy of the large warehouse, for operations that change data. The copy is taken while no
     * connection is open, so the file holds everything (SQLite folds the -wal file back when the last one closes).
     */
    public synchronized Path copyOfLargeDatabase() throws IOException {
        Path copy = folder.resolve("large-copy-" + (++copies) + ".db");
        snapshot(largeDatabase(), copy);
        return copy;
    }

    /**
     * Opens a private copy of a database that stays open across the runs of one operation (and closes with the
     * context), for operations that time work on an open workspace. A copy, because a database file has one
     * writer at a time and other operations open the original.
     */
    public synchronized Workspace openCopy(Path database) throws IOException {
        Path copy = folder.resolve("open-copy-" + (++copies) + ".db");
        snapshot(database, copy);
        Workspace workspace = Workspace.open(copy, false, "bench");
        openWorkspaces.add(workspace);
        return workspace;
    }

    /** A consistent copy through SQLite (VACUUM INTO), as every backup is taken; never a file copy. */
    private static void snapshot(Path database, Path copy) {
        try (Workspace source = Workspace.open(database, true, "bench")) {
            new BackupService(source).backupTo(copy);
        }
    }

    @Override
    public void close() {
        openWorkspaces.forEach(Workspace::close);
        openWorkspaces.clear();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the benchmark folder " + folder, e);
        }
    }
}
