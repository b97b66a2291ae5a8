package dev.errorcatalog.tooling.cli;

/** The exit codes of the command line: a contract scripts and CI rely on. */
public final class ExitCode {
    /** The command did what was asked; {@code check} found nothing at or above the failing severity. */
    public static final int OK = 0;
    /** {@code check} found problems at or above the failing severity. */
    public static final int FINDINGS = 1;
    /** The command line was wrong, or a file could not be read or written. */
    public static final int USAGE = 2;
    /** An unexpected error: a bug. One line on standard error; {@code --debug} adds the stack trace. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
