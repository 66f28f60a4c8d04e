package org.shipshape;

import java.io.File;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** For tests that start Shipshape as its own process, as a volunteer's command line does. */
public final class ChildProcesses {
    private ChildProcesses() {
    }

    /** This JVM's java command. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The app's class path without the test classes: the child finds no logback-test.xml and starts as the app does. */
    public static String appClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
