package dev.errorcatalog.jackson;

import java.util.Objects;

/**
 * A body that cannot be localized because it is not a JSON document within the localizer's limits.
 *
 * <p>The message is one line that says what is wrong and where (line and column), never the body's
 * content beyond a short token. The original body is never lost: a {@code String}, {@code byte[]} or
 * {@code JsonNode} the caller passed is left unchanged, and for an {@code InputStream} the bytes read from
 * it are in {@link #bytesRead()} (the rest, if any, is still unread in the stream).
 *
 * @since 0.2
 */
public final class InvalidBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final byte[] NONE = new byte[0];

    /** What is wrong with a body. */
    public enum Reason {
        /** Not JSON at all, empty, or followed by more content after the JSON value. */
        NOT_JSON,
        /** It ends before the JSON value is complete. */
        TRUNCATED,
        /** Longer than the limit on the body's size (or its number of tokens). */
        TOO_LARGE,
        /** Nested deeper than the limit. */
        TOO_DEEP,
        /** A string, number or field name longer than its limit. */
        VALUE_TOO_LONG,
        /** An object with the same field twice: readers disagree on which value counts. */
        DUPLICATE_FIELD,
        /** The stream it was read from failed. */
        UNREADABLE
    }

    private final Reason reason;
    private final transient byte[] bytesRead;

    InvalidBodyException(Reason reason, String message, byte[] bytesRead, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.bytesRead = bytesRead == null ? NONE : bytesRead;
    }

    /** What is wrong. */
    public Reason reason() {
        return reason;
    }

    /**
     * For a body read from an {@code InputStream}, a copy of the bytes read from it before the problem was
     * found (at most the size limit plus one); empty for every other input, which the caller still holds.
     */
    public byte[] bytesRead() {
        return bytesRead.clone();
    }
}
