package dev.errorcatalog;

import dev.errorcatalog.internal.CompiledMessage;
import dev.errorcatalog.internal.Formatters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every message of one installed locale, resolved along its fallback chain: one entry per
 * {@link ErrorCode} (by ordinal), then the three generic messages.
 *
 * <p>The entries of a locale other than the default start {@link MessageEntry#PENDING} and are filled in,
 * once and under the lock of the {@link LocaleTables} that own the table, the first time one is needed.
 * Readers take an entry without locking: each is immutable, so a racing reader sees either {@code PENDING}
 * (and goes to {@link #entry(int)}, which waits for the lock) or a complete entry.
 */
final class LocaleTable {

    /** Index of {@link MessageKey#UNKNOWN_CODE}'s entry. */
    static final int UNKNOWN_CODE = ErrorCode.values().length;
    /** Index of {@link MessageKey#UNEXPECTED_ERROR}'s entry. */
    static final int UNEXPECTED_ERROR = UNKNOWN_CODE + 1;
    /** Index of {@link MessageKey#WITH_ATTRIBUTE}'s entry. */
    static final int WITH_ATTRIBUTE = UNEXPECTED_ERROR + 1;

    private static final Locale BUILT_IN_LOCALE = Locale.ENGLISH;

    final Locale locale;
    final MessageEntry[] entries;
    /** Compiles the entries on first use; {@code null} once they are (or for a copy of a compiled table). */
    private final LocaleTables owner;

    LocaleTable(Locale locale, LocaleTables owner) {
        this.locale = locale;
        this.entries = new MessageEntry[WITH_ATTRIBUTE + 1];
        Arrays.fill(entries, MessageEntry.PENDING);
        this.owner = owner;
    }

    private LocaleTable(Locale locale, MessageEntry[] entries) {
        this.locale = locale;
        this.entries = entries;
        this.owner = null;
    }

    /** The index of a generic (non-code) key's entry, or -1 for any other key. */
    static int genericIndex(MessageKey key) {
        return key.equals(MessageKey.UNKNOWN_CODE) ? UNKNOWN_CODE : key.equals(MessageKey.UNEXPECTED_ERROR) ? UNEXPECTED_ERROR
                : key.equals(MessageKey.WITH_ATTRIBUTE) ? WITH_ATTRIBUTE : -1;
    }

    /** The entry at {@code index}, compiling this locale's messages first if they are not yet. */
    MessageEntry entry(int index) {
        MessageEntry entry = entries[index];
        if (entry == MessageEntry.PENDING) {
            owner.compile(this);
            entry = entries[index];
        }
        return entry;
    }

    /**
     * Fills the entries from the compiled bundles of the locales in {@code chain}, the first that has a
     * message winning; a code none has gets the generic message naming it.
     */
    void fill(List<Locale> chain, Map<Locale, Map<String, CompiledMessage>> bundles) {
        MessageEntry[] filled = new MessageEntry[entries.length];
        MessageEntry unknownCode = find(MessageKey.UNKNOWN_CODE, MessageKey.UNKNOWN_CODE.key(), chain, bundles);
        if (unknownCode == null) {
            unknownCode = builtIn(MessageKey.UNKNOWN_CODE, "An unexpected error occurred (error code: {code}).");
        }
        MessageEntry unexpected = find(MessageKey.UNEXPECTED_ERROR, MessageKey.UNEXPECTED_ERROR.key(), chain, bundles);
        if (unexpected == null) {
            unexpected = builtIn(MessageKey.UNEXPECTED_ERROR, "An unexpected error occurred.");
        }
        MessageEntry withAttribute = find(MessageKey.WITH_ATTRIBUTE, MessageKey.WITH_ATTRIBUTE.key(), chain, bundles);
        if (withAttribute == null) {
            withAttribute = builtIn(MessageKey.WITH_ATTRIBUTE, "{message} (parameter: {attribute})");
        }
        for (ErrorCode code : ErrorCode.values()) {
            MessageEntry entry = find(code.key(), code.code(), chain, bundles);
            filled[code.ordinal()] = entry != null ? entry
                    : MessageEntry.formatted(code.code(), code.key(), unknownCode, Map.of("code", code.code()));
        }
        filled[UNKNOWN_CODE] = unknownCode;
        filled[UNEXPECTED_ERROR] = unexpected;
        filled[WITH_ATTRIBUTE] = withAttribute;
        System.arraycopy(filled, 0, entries, 0, filled.length);
    }

    private MessageEntry find(MessageKey key, String code, List<Locale> chain,
            Map<Locale, Map<String, CompiledMessage>> bundles) {
        for (Locale source : chain) {
            CompiledMessage message = bundles.getOrDefault(source, Map.of()).get(key.key());
            if (message != null) {
                return MessageEntry.of(code, key, message, source,
                        source.equals(locale) ? Fallback.NONE : Fallback.MISSING_MESSAGE);
            }
        }
        return null;
    }

    private MessageEntry builtIn(MessageKey key, String pattern) {
        CompiledMessage message = CompiledMessage.compile(pattern, new Formatters(BUILT_IN_LOCALE));
        return MessageEntry.of(key.key(), key, message, BUILT_IN_LOCALE, Fallback.MISSING_MESSAGE);
    }

    /** This (compiled) table as the answer for a locale that is not installed. */
    LocaleTable asUnsupported() {
        MessageEntry[] copies = entries.clone();
        for (ErrorCode code : ErrorCode.values()) {
            copies[code.ordinal()] = entry(code.ordinal()).withFallback(code.code(), Fallback.UNSUPPORTED_LOCALE);
        }
        return new LocaleTable(locale, copies);
    }
}
