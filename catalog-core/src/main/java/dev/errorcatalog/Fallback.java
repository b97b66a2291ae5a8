package dev.errorcatalog;

/**
 * Whether, and why, a {@link ResolvedMessage} is not exactly what was asked for.
 *
 * <p>When several apply, the one listed last wins: an unknown code outranks a missing message, which
 * outranks an unsupported locale, which outranks invalid arguments.
 *
 * @since 0.1
 */
public enum Fallback {
    /** The message of the requested code, in the requested locale or the installed locale it matched. */
    NONE,
    /**
     * Some arguments were missing, {@code null} or of the wrong kind. A missing or {@code null} argument
     * is printed as its placeholder ({@code {name}}); a non-number for a number prints as text, and for
     * a plural count selects the {@code other} form. A number with more than 1,000 integer digits prints
     * as its {@code toString()} ({@code 1E+999999999}), like a non-number. If a value makes formatting
     * fail altogether, the text is the generic message that names the code.
     */
    INVALID_ARGUMENTS,
    /** No installed locale matches the requested one: the text is in the default locale. */
    UNSUPPORTED_LOCALE,
    /**
     * The matched locale has no usable message for this code (missing or broken in its bundle): the text
     * comes from its parent locale or the default locale.
     */
    MISSING_MESSAGE,
    /** The code is {@code null}, blank or not in this catalog: the text is a generic message naming it. */
    UNKNOWN_CODE;

    Fallback max(Fallback other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
