package org.shipshape.logic.safety;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real small disk for the tests: a tmpfs of a few hundred kilobytes mounted on a folder, which fills up like a
 * USB stick does, and can be made read-only like a write-protected one. Mounting needs root on Linux (as CI has);
 * elsewhere the test that asks for one is skipped rather than faked.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    public static SmallDisk mount(Path folder, int kilobytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        boolean mounted = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                && run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", folder.toString());
        assumeTrue(mounted, "a small disk needs root on Linux (mount -t tmpfs)");
        return new SmallDisk(folder);
    }

    public Path folder() {
        return folder;
    }

    /** Fills the disk until it has no space left, with a file that is not part of any test's data. */
    public void fill() throws IOException {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(folder.resolve("filler.bin"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now, which is what was wanted
        }
    }

    /** Remounts the disk read-only: even root cannot create a file on it then. */
    public void makeReadOnly() throws IOException, InterruptedException {
        if (!run("mount", "-o", "remount,ro", folder.toString())) {
            throw new IOException("could not remount " + folder + " read-only");
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", folder.toString());
    }
}
