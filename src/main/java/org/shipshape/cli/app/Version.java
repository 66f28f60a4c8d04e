package org.shipshape.cli.app;

/**
 * The version line, from the jar's manifest ("dev" when run from classes). It needs no picocli: the launcher prints
 * it for a bare {@code --version} before any command is built (issue 16: under 0.3 s, as a plain Java program).
 */
public final class Version {
    private Version() {
    }

    /** "Shipshape VERSION". */
    public static String line() {
        String version = Version.class.getPackage().getImplementationVersion();
        return "Shipshape " + (version == null ? "dev" : version);
    }

    /** True for the arguments that ask for the version and nothing else: {@code --version} or {@code -V}. */
    public static boolean onlyAskedFor(String[] args) {
        return args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
    }
}
