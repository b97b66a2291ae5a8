package dev.errorcatalog;

import java.util.Objects;

/**
 * A named ICU argument that a message takes, with the kind of value it expects and an example.
 *
 * @param name the ICU argument name, as written in the patterns ({@code {waitDays, plural, …}})
 * @param type what kind of value the argument takes
 * @param example a value that renders the message as the documentation shows it
 * @since 0.1
 */
public record Argument(String name, ArgumentType type, Object example) {

    public Argument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(example, "example");
        if (!type.accepts(example)) {
            throw new IllegalArgumentException(
                    "example " + example + " of argument '" + name + "' is not a " + type);
        }
    }

    /** A text argument, written {@code {name}} in a pattern. */
    public static Argument text(String name, String example) {
        return new Argument(name, ArgumentType.TEXT, example);
    }

    /** A number argument, written {@code {name, number}} in a pattern. */
    public static Argument number(String name, long example) {
        return new Argument(name, ArgumentType.NUMBER, example);
    }

    /** A count that selects a plural form, written {@code {name, plural, one {…} other {…}}}. */
    public static Argument pluralCount(String name, long example) {
        return new Argument(name, ArgumentType.PLURAL, example);
    }
}
