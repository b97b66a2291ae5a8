package dev.errorcatalog;

import java.util.Locale;
import java.util.Objects;

/**
 * A message resolved for one code and locale.
 *
 * @param code the code as asked for ({@code ""} when it was {@code null})
 * @param text the user-facing text
 * @param locale the locale the text is written in: what a server sends as {@code Content-Language}
 * @param fallback whether, and why, this is not exactly what was asked for
 * @since 0.1
 */
public record ResolvedMessage(String code, String text, Locale locale, Fallback fallback) {

    public ResolvedMessage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(fallback, "fallback");
    }

    /** Whether the text is anything other than the requested code's message in the requested locale. */
    public boolean isFallback() {
        return fallback != Fallback.NONE;
    }

    /** The BCP 47 tag of {@link #locale()}, ready for a {@code Content-Language} header. */
    public String languageTag() {
        return locale.toLanguageTag();
    }
}
