package org.shipshape.logic.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A second Java process running a small main class from the test class path, with its stdout collected line by
 * line. Only complete lines count: a line cut off by a kill never appears.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::readLines, "child-stdout");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    public static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
        return start(List.of(), System.getProperty("java.class.path"), mainClass, args);
    }

    /**
     * Runs the child under another account (Linux, as root: {@code setpriv}), with a copy of the class path that
     * account may read, for the tests of what one account meets of another's files.
     */
    public static ChildJvm startAs(int uid, Path classPathCopy, Class<?> mainClass, String... args)
            throws IOException {
        return start(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups"),
                copyClassPath(classPathCopy), mainClass, args);
    }

    private static ChildJvm start(List<String> prefix, String classPath, Class<?> mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // quick start-up: the child lives well under a second before it is killed
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx128m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", classPath, mainClass.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** Copies every class path entry into the folder, readable by everyone; returns the new class path. */
    private static String copyClassPath(Path folder) throws IOException {
        List<String> entries = new ArrayList<>();
        int index = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!java.nio.file.Files.exists(source)) {
                continue;
            }
            Path target = folder.resolve(index++ + "-" + source.getFileName());
            try (var files = java.nio.file.Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (java.nio.file.Files.isDirectory(file)) {
                        java.nio.file.Files.createDirectories(copy);
                    } else {
                        java.nio.file.Files.createDirectories(copy.getParent());
                        java.nio.file.Files.copy(file, copy);
                    }
                }
            }
            entries.add(target.toString());
        }
        openToEveryone(folder);
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static void openToEveryone(Path folder) throws IOException {
        try (var files = java.nio.file.Files.walk(folder)) {
            for (Path file : files.toList()) {
                java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions
                        .fromString(java.nio.file.Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        } catch (IOException e) {
            // the pipe closes when the child is killed; what was read so far stays
        }
    }

    /** Waits until a line equal to the text was printed; false on timeout or when the child died first. */
    public boolean awaitLine(String text, long timeoutMillis) throws InterruptedException {
        return awaitLineMatching(text::equals, timeoutMillis);
    }

    public boolean awaitLineStartingWith(String prefix, long timeoutMillis) throws InterruptedException {
        return awaitLineMatching(line -> line.startsWith(prefix), timeoutMillis);
    }

    private boolean awaitLineMatching(java.util.function.Predicate<String> wanted, long timeoutMillis)
            throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            if (lines.stream().anyMatch(wanted)) {
                return true;
            }
            if (!process.isAlive() && !reader.isAlive()) {
                return lines.stream().anyMatch(wanted);
            }
            Thread.sleep(5);
        }
        return false;
    }

    public void send(String line) throws IOException {
        process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
    }

    /** SIGKILL on Linux and macOS (TerminateProcess on Windows): no shutdown hooks, no clean close. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
    }

    public int waitForExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The child process did not end");
        }
        reader.join(10_000);
        return process.exitValue();
    }

    public long pid() {
        return process.pid();
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
