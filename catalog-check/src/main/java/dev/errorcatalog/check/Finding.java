package dev.errorcatalog.check;

import java.util.Objects;

/**
 * One problem the checker found in one place of one bundle file.
 *
 * @param id which check found it
 * @param severity how serious it is, after configuration
 * @param locale the BCP 47 tag of the bundle's locale
 * @param key the message key, or {@code null} for a problem of the whole file
 * @param file the bundle file as given (a path, or {@code jar!/entry})
 * @param line the 1-based line, or 0 for the whole file
 * @param column the 1-based column, or 0 where a column does not apply
 * @param message what is wrong and what to do
 * @since 0.1
 */
public record Finding(CheckId id, Severity severity, String locale, String key, String file, int line, int column,
        String message) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line[:column]}, the way compilers name a place. */
    public String location() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }

    /** One line: place, severity, id, key and message. */
    @Override
    public String toString() {
        return location() + ": " + severity.id() + " " + id.id() + (key == null ? "" : " [" + key + "]") + ": " + message;
    }
}
