package dev.errorcatalog.tooling.cli;

/** A command line that cannot be run; its message is the one line shown to the user. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
