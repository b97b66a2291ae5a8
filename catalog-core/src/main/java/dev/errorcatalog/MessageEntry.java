package dev.errorcatalog;

import dev.errorcatalog.internal.CompiledMessage;
import java.util.Locale;
import java.util.Map;

/**
 * Where one key's message comes from for one locale, and the result if it is constant. Immutable: its
 * fields are final, so a thread that reads an entry through a data race still sees it whole. Kept small
 * (five fields): a catalog holds one per key and installed locale, and one more per key for locales
 * that are not installed.
 */
final class MessageEntry {

    /** The entry of a locale whose messages are not compiled yet; {@link LocaleTable#entry(int)} compiles them. */
    static final MessageEntry PENDING = new MessageEntry(null, null, null, null, null);

    /** The compiled message, when its text depends on arguments; {@code null} when {@link #constant} is set. */
    final CompiledMessage message;
    final Locale locale;
    final Fallback fallback;
    final MessageKey key;
    /** The result, when it does not depend on arguments; {@code null} otherwise (and for {@link #PENDING}). */
    final ResolvedMessage constant;

    private MessageEntry(MessageKey key, CompiledMessage message, Locale locale, Fallback fallback,
            ResolvedMessage constant) {
        this.message = message;
        this.locale = locale;
        this.fallback = fallback;
        this.key = key;
        this.constant = constant;
    }

    /** The entry of {@code message}, written in {@code locale}, as the answer for {@code code}. */
    static MessageEntry of(String code, MessageKey key, CompiledMessage message, Locale locale, Fallback fallback) {
        String text = message.constantText();
        return text != null ? new MessageEntry(key, null, locale, fallback, new ResolvedMessage(code, text, locale, fallback))
                : new MessageEntry(key, message, locale, fallback, null);
    }

    /** The entry of a generic message's text for {@code arguments} (see {@link #text(Map)}) as the answer for {@code code}. */
    static MessageEntry formatted(String code, MessageKey key, MessageEntry generic, Map<String, ?> arguments) {
        return new MessageEntry(key, null, generic.locale, Fallback.MISSING_MESSAGE,
                new ResolvedMessage(code, generic.text(arguments), generic.locale, Fallback.MISSING_MESSAGE));
    }

    /** The text with {@code arguments}; the constant text if it takes none (a generic message need not name the code). */
    String text(Map<String, ?> arguments) {
        if (constant != null) {
            return constant.text();
        }
        StringBuilder text = new StringBuilder(message.pattern().length() + 16);
        message.format(arguments, text);
        return text.toString();
    }

    MessageEntry withFallback(String code, Fallback atLeast) {
        Fallback worse = fallback.max(atLeast);
        return new MessageEntry(key, message, locale, worse,
                constant == null ? null : new ResolvedMessage(code, constant.text(), locale, worse));
    }
}
