package dev.errorcatalog.jackson;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What happened to one error item of a body.
 *
 * @param pointer where the item is in the body, as a JSON Pointer (RFC 6901), e.g. {@code /errors/0}
 * @param shape which SignalWire shape the item has
 * @param code the code as received; a JSON-RPC number as its text ({@code "-32001"}); for a code of the
 *     wrong JSON type, that type in angle brackets ({@code "<object>"})
 * @param resolved the catalog's code for it, after a rename; {@code null} when the catalog does not know it
 * @param fallback whether, and why, the text is not the code's message in the requested locale;
 *     {@link Fallback#UNKNOWN_CODE} for an item that kept its upstream text
 * @param locale the language the item's text is in now; for an item that kept its upstream text, English
 * @param localized whether the item's text was replaced
 * @param arguments the values the message was formatted with and where each came from, in the order
 *     the code declares them
 * @param text the item's text now: the localized message, or the upstream text it kept; {@code null}
 *     where the body has none
 * @param problem why the item could not be localized (a code of the wrong type, a text field missing),
 *     or {@code null}
 * @since 0.2
 */
public record ItemReport(String pointer, Shape shape, String code, ErrorCode resolved, Fallback fallback, Locale locale,
        boolean localized, List<ArgumentValue> arguments, String text, String problem) {

    public ItemReport {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(locale, "locale");
        arguments = List.copyOf(arguments);
    }

    /** Whether the code received is one that SignalWire has renamed since; {@link #resolved()} is its successor. */
    public boolean isRenamed() {
        return resolved != null && !resolved.code().equalsIgnoreCase(code);
    }
}
