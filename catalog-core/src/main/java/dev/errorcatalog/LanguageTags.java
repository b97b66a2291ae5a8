package dev.errorcatalog;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * The one parser of BCP 47 language tags given by people and headers: the command line, the Maven plugin, the
 * checker and {@code Accept-Language} negotiation all read tags with it, so they agree on what a tag is.
 *
 * <p>A tag is well-formed BCP 47 ({@link Locale.Builder#setLanguageTag(String)}) with a language subtag,
 * at most {@link #MAX_LENGTH} ASCII characters; {@code _} is read as {@code -} ({@code pt_BR}) and surrounding
 * whitespace is ignored. Anything else is rejected, never turned into {@code und} the way
 * {@link Locale#forLanguageTag(String)} does.
 *
 * <pre>{@code
 * Locale locale = LanguageTags.parse(request.getParameter("lang")); // IllegalArgumentException for "!!" or "und"
 * }</pre>
 *
 * <p>Public API rather than an internal package exported to friends: the checker runs on the class path in
 * locale modules' tests and in the Maven plugin, where a qualified export does not reach it.
 *
 * @since 0.1
 */
public final class LanguageTags {

    /** The longest tag accepted, in characters: far above any real tag, and it bounds the work per tag. */
    public static final int MAX_LENGTH = 64;

    private LanguageTags() {
    }

    /**
     * The locale of a tag.
     *
     * @throws IllegalArgumentException if {@code tag} is not a well-formed tag with a language; the message is
     *         one line that quotes the tag (shortened and with control characters replaced if need be)
     */
    public static Locale parse(String tag) {
        Locale locale = parseOrNull(tag);
        if (locale == null) {
            throw new IllegalArgumentException("'" + shown(tag) + "' is not a BCP 47 language tag (e.g. de, es-MX)");
        }
        return locale;
    }

    /** The locale of a tag, or {@code null} if {@code tag} is null or not a well-formed tag with a language. */
    public static Locale parseOrNull(String tag) {
        if (tag == null || tag.isEmpty()) {
            return null;
        }
        // negotiation passes trimmed items: strip only where there is something to strip
        String trimmed = Character.isWhitespace(tag.charAt(0)) || Character.isWhitespace(tag.charAt(tag.length() - 1)) ? tag.strip() : tag;
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return null;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return null;
            }
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(trimmed.replace('_', '-')).build();
            return locale.getLanguage().isEmpty() ? null : locale;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static String shown(String tag) {
        if (tag == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder();
        tag.codePoints().limit(MAX_LENGTH).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return tag.codePointCount(0, tag.length()) > MAX_LENGTH ? shown + "…" : shown.toString();
    }
}
