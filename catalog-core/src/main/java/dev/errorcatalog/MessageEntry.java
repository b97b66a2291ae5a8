package dev.errorcatalog;

import dev.errorcatalog.internal.CompiledMessage;
import java.util.Locale;
import java.util.Map;

/**
 * Where one key's message comes from for one requested locale, and the result if it is constant. Immutable:
 * its fields are final, so a thread that reads an entry through a data race still sees it whole.
 */
final class MessageEntry {

    /** The entry of a locale whose messages are not compiled yet; {@link LocaleTable#entry(int)} compiles them. */
    static final MessageEntry PENDING = new MessageEntry();

    final CompiledMessage message;
    final Locale requested;
    final Locale locale;
    final Fallback fallback;
    final MessageKey key;
    final Map<String, ?> fixedArguments;
    /** The result, when it does not depend on arguments; {@code null} otherwise (and for {@link #PENDING}). */
    final ResolvedMessage constant;

    MessageEntry(String code, MessageKey key, CompiledMessage message, Locale requested, Locale locale,
            Fallback fallback, Map<String, ?> fixedArguments) {
        this.message = message;
        this.requested = requested;
        this.locale = locale;
        this.fallback = fallback;
        this.key = key;
        this.fixedArguments = fixedArguments;
        if (message.constantText() != null) {
            this.constant = new ResolvedMessage(code, message.constantText(), locale, fallback);
        } else if (fixedArguments != null) {
            StringBuilder text = new StringBuilder();
            message.format(fixedArguments, text);
            this.constant = new ResolvedMessage(code, text.toString(), locale, fallback);
        } else {
            this.constant = null;
        }
    }

    private MessageEntry() {
        this.message = null;
        this.requested = null;
        this.locale = null;
        this.fallback = null;
        this.key = null;
        this.fixedArguments = null;
        this.constant = null;
    }

    MessageEntry withFallback(String code, Fallback atLeast) {
        return new MessageEntry(code, key, message, requested, locale, fallback.max(atLeast), fixedArguments);
    }
}
