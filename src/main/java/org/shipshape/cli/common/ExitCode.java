package org.shipshape.cli.common;

/** Exit codes of every command. */
public final class ExitCode {
    public static final int DONE = 0;
    /** Input rejected or problems found. */
    public static final int REJECTED = 1;
    public static final int USAGE = 2;
    public static final int DATABASE_UNAVAILABLE = 3;

    private ExitCode() {
    }
}
