package dev.errorcatalog;

/**
 * The kind of value an {@link Argument} takes, and so the ICU argument type its patterns use.
 *
 * @since 0.1
 */
public enum ArgumentType {
    /** Any value, printed as text: {@code {name}}. Numbers are formatted for the locale. */
    TEXT("text"),
    /** A {@link Number}, formatted for the locale: {@code {name, number}}. */
    NUMBER("number"),
    /** A {@link Number} that selects a plural form: {@code {name, plural, …}}. */
    PLURAL("plural");

    private final String id;

    ArgumentType(String id) {
        this.id = id;
    }

    /** The stable lower-case name used in the command line's JSON output. */
    public String id() {
        return id;
    }

    /** Whether {@code value} is of this kind; {@code null} never is. */
    public boolean accepts(Object value) {
        return this == TEXT ? value != null : value instanceof Number;
    }

    @Override
    public String toString() {
        return id;
    }
}
