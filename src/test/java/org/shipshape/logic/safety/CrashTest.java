package org.shipshape.logic.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shipshape.logic.workspace.Workspace;
import org.shipshape.store.db.Database;

/**
 * Kills a child JVM that packs and loads packages with SIGKILL at random moments, 50 times, and checks after each
 * kill that the database is intact, that every package the child reported committed is there with all its lines,
 * that no package is half written and that no load is half recorded.
 */
class CrashTest {
    private static final int KILLS = 50;
    private static final Pattern NUMBER = Pattern.compile("R(\\d+)-(\\d+)-L(\\d+)");

    @TempDir
    Path folder;

    static String packageNumber(String run, int sequence, int lineCount) {
        return "R" + run + "-" + sequence + "-L" + lineCount;
    }

    @Test
    void killedWritersNeverLeaveHalfWrittenOrLostTransactions() throws Exception {
        Path file = folder.resolve("crash.db");
        long shipmentId;
        long categoryId;
        try (Workspace workspace = Workspace.open(file, false, "test")) {
            shipmentId = SafetyFixtures.shipment(workspace, "CRASH-1");
            categoryId = SafetyFixtures.firstCategory(workspace);
        }
        long seed = new java.util.Random().nextLong();
        Random random = new Random(seed);
        Map<String, Boolean> reported = new HashMap<>(); // number -> loaded
        int killedWhileWriting = 0;
        for (int run = 1; run <= KILLS; run++) {
            try (ChildJvm child = ChildJvm.start(CrashTestChild.class, file.toString(), String.valueOf(shipmentId),
                    String.valueOf(categoryId), String.valueOf(run))) {
                if (run % 10 == 0) {
                    Thread.sleep(random.nextInt(400)); // sometimes kill it while it opens the database
                } else if (run % 2 == 0) {
                    assertThat(child.awaitLine("READY", 60_000)).as("child %d started (seed %d)", run, seed).isTrue();
                    Thread.sleep(random.nextInt(250)); // sometimes inside its very first transaction
                } else {
                    assertThat(child.awaitLineStartingWith("COMMITTED", 60_000))
                            .as("child %d writes (seed %d)", run, seed).isTrue();
                    Thread.sleep(random.nextInt(250));
                }
                child.kill();
                List<String> lines = child.lines();
                if (lines.stream().anyMatch(l -> l.startsWith("COMMITTED"))) {
                    killedWhileWriting++;
                }
                for (String line : lines) {
                    if (line.startsWith("COMMITTED ")) {
                        reported.putIfAbsent(line.substring(10), false);
                    } else if (line.startsWith("LOADED ")) {
                        reported.put(line.substring(7), true);
                    }
                }
            }
            assertIntactAndComplete(file, reported, "after kill " + run + " (seed " + seed + ")");
        }
        assertThat(killedWhileWriting).as("kills that hit a child busy writing").isGreaterThanOrEqualTo(KILLS / 2);
    }

    private static void assertIntactAndComplete(Path file, Map<String, Boolean> reported, String when) {
        // Opening for writing also proves the killed child's writer lock was released by the operating system.
        try (Workspace workspace = Workspace.open(file, false, "checker")) {
            assertThat(VerifyService.problems(workspace)).as("integrity " + when).isEmpty();
            Database db = workspace.database();
            Map<String, int[]> stored = db.read(c -> {
                Map<String, int[]> result = new HashMap<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT p.number, p.status,"
                        + " (SELECT count(*) FROM content_line l WHERE l.parcel_id = p.id),"
                        + " (SELECT count(*) FROM load_record r WHERE r.parcel_id = p.id) FROM parcel p")) {
                    while (rs.next()) {
                        result.put(rs.getString(1), new int[] {rs.getInt(3), "loaded".equals(rs.getString(2)) ? 1 : 0,
                                rs.getInt(4)});
                    }
                }
                return result;
            });
            for (var entry : stored.entrySet()) {
                Matcher m = NUMBER.matcher(entry.getKey());
                assertThat(m.matches()).isTrue();
                assertThat(entry.getValue()[0]).as("lines of %s %s", entry.getKey(), when)
                        .isEqualTo(Integer.parseInt(m.group(3)));
                assertThat(entry.getValue()[1]).as("status matches load record of %s %s", entry.getKey(), when)
                        .isEqualTo(entry.getValue()[2]);
            }
            for (var entry : reported.entrySet()) {
                assertThat(stored).as("reported package %s %s", entry.getKey(), when).containsKey(entry.getKey());
                if (entry.getValue()) {
                    assertThat(stored.get(entry.getKey())[2]).as("reported load of %s %s", entry.getKey(), when)
                            .isEqualTo(1);
                }
            }
            int[] sequenceGaps = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*), coalesce(max(sequence), 0)"
                        + " FROM load_record")) {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new int[] {rs.getInt(1), rs.getInt(2)};
                    }
                }
            });
            assertThat(sequenceGaps[0]).as("load sequence without gaps " + when).isEqualTo(sequenceGaps[1]);
        }
    }
}
