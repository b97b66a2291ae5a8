package dev.errorcatalog.jackson;

import java.util.Objects;

/**
 * One argument of a localized message: its value and where that came from.
 *
 * @param name the ICU argument name, e.g. {@code waitDays}
 * @param value the value the message was formatted with
 * @param source where the value came from
 * @since 0.2
 */
public record ArgumentValue(String name, Object value, ArgumentSource source) {

    public ArgumentValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
