package dev.errorcatalog;

/**
 * Thrown in {@link MissingMessagePolicy#STRICT strict} mode when a message cannot be resolved exactly.
 *
 * @since 0.1
 */
public final class MessageResolutionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Fallback reason;

    MessageResolutionException(Fallback reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** What the {@link MissingMessagePolicy#FALLBACK fallback} policy would have reported instead. */
    public Fallback reason() {
        return reason;
    }
}
