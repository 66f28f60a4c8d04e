package org.shipshape.logic.safety;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A file the operating system refuses to replace, rename or delete, even for root (Linux's immutable attribute):
 * what a PDF held open by a viewer is on Windows. Needs root and a file system with attributes (ext4, as CI has);
 * elsewhere the test that asks for one is skipped rather than faked.
 */
public final class ImmutableFile implements AutoCloseable {
    private final Path file;

    private ImmutableFile(Path file) {
        this.file = file;
    }

    public static ImmutableFile of(Path file) throws IOException, InterruptedException {
        assumeTrue(chattr("+i", file), "needs chattr +i (root on a Linux file system with attributes)");
        return new ImmutableFile(file);
    }

    private static boolean chattr(String change, Path file) throws IOException, InterruptedException {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return false;
        }
        Process process = new ProcessBuilder(List.of("chattr", change, file.toString())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        chattr("-i", file);
    }
}
