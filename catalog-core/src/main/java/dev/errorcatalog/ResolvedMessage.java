package dev.errorcatalog;

import java.util.Locale;
import java.util.Objects;

/**
 * A message resolved for one code and locale.
 *
 * @param code the code as asked for ({@code ""} when it was {@code null}); for a known code in any
 *     letter case the code as the API sends it, and for a {@linkplain ErrorCode#renames() renamed} code
 *     its successor
 * @param text the user-facing text
 * @param locale the locale the text is written in: what a server sends as {@code Content-Language}
 * @param fallback whether, and why, this is not exactly what was asked for; a rename is no fallback
 * @param renamedFrom the replaced code as given, when the code asked for was one that SignalWire has
 *     renamed since (see {@link ErrorCode#renames()}); otherwise {@code null}
 * @since 0.1
 */
public record ResolvedMessage(String code, String text, Locale locale, Fallback fallback, String renamedFrom) {

    public ResolvedMessage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(fallback, "fallback");
    }

    /** A message not reached through a rename. */
    public ResolvedMessage(String code, String text, Locale locale, Fallback fallback) {
        this(code, text, locale, fallback, null);
    }

    /** Whether the text is anything other than the requested code's message in the requested locale. */
    public boolean isFallback() {
        return fallback != Fallback.NONE;
    }

    /** Whether the code asked for was a renamed one, resolved to its successor: {@link #renamedFrom()} is set. */
    public boolean isRenamed() {
        return renamedFrom != null;
    }

    /** The BCP 47 tag of {@link #locale()}, ready for a {@code Content-Language} header. */
    public String languageTag() {
        return locale.toLanguageTag();
    }

    /** This message as reached through the renamed code {@code oldCode}. */
    ResolvedMessage asRenamedFrom(String oldCode) {
        return new ResolvedMessage(code, text, locale, fallback, oldCode);
    }
}
