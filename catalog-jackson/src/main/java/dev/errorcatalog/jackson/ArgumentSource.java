package dev.errorcatalog.jackson;

/**
 * Where the value of one message argument came from, most trusted first.
 *
 * @since 0.2
 */
public enum ArgumentSource {
    /** Passed by the caller of {@code localize}: always wins. */
    CALLER,
    /** Read back from the upstream English text, which matched the code's English message exactly. */
    UPSTREAM,
    /** The argument's documented example ({@link dev.errorcatalog.Argument#example()}), e.g. 14 days. */
    EXAMPLE
}
