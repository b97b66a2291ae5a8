package dev.errorcatalog.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The lock file beside a locale's bundle ({@code messages_fr.lock} beside {@code messages_fr.properties}): for
 * each translated key, a hash of the source (English) text the translation was made from, and that text, so
 * that a changed source shows as {@link CheckId#STALE_TRANSLATION} and an export can show old and new text.
 *
 * <p>The format is UTF-8 text, one key per line, {@code key TAB hash TAB source text}, with {@code \\}, tab,
 * line feed and carriage return escaped as {@code \\\\ \\t \\n \\r}; lines starting with {@code #} are comments.
 * The hash is the first 16 hexadecimal digits of the SHA-256 of the UTF-8 source text. Import and
 * {@code confirm} write it; a key without a line is simply not tracked.
 *
 * <p>Instances are immutable.
 */
final class TranslationLock {

    /** One key's record: what its translation was made from. */
    record Entry(String hash, String source) {
        Entry {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(source, "source");
        }
    }

    private static final TranslationLock EMPTY = new TranslationLock(Map.of());
    private static final String HEADER = "# Error Catalog translation lock: the source text each translation was made from.\n"
            + "# Written by import-xliff and confirm; the check reports stale_translation when a source text changes.\n"
            + "# key<TAB>first 16 hex digits of SHA-256(source)<TAB>source\n";

    private final Map<String, Entry> entries;

    private TranslationLock(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** A lock that tracks nothing. */
    static TranslationLock empty() {
        return EMPTY;
    }

    /** The lock file's name for a bundle file's name: {@code messages_fr.properties} → {@code messages_fr.lock}. */
    static String fileName(String bundleFileName) {
        String base = bundleFileName.endsWith(".properties")
                ? bundleFileName.substring(0, bundleFileName.length() - ".properties".length()) : bundleFileName;
        return base + ".lock";
    }

    /**
     * Reads a lock file's text.
     *
     * @throws IllegalArgumentException naming the line if a line is not {@code key TAB hash TAB text}
     */
    static TranslationLock parse(String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3 || fields[0].isEmpty() || !fields[1].matches("[0-9a-f]{16}")) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not key<TAB>hash<TAB>source text");
            }
            entries.put(fields[0], new Entry(fields[1], unescape(fields[2])));
        }
        return new TranslationLock(Map.copyOf(entries));
    }

    /** The record of {@code key}, or {@code null} if the lock does not track it. */
    Entry get(String key) {
        return entries.get(key);
    }

    /** How many keys are tracked. */
    int size() {
        return entries.size();
    }

    /** Whether {@code key} is tracked and its source text has changed since: {@code source} hashes differently. */
    boolean isStale(String key, String source) {
        Entry entry = entries.get(key);
        return entry != null && source != null && !entry.hash().equals(hash(source));
    }

    /** This lock with each key of {@code sourcesByKey} recorded as translated from its source text. */
    TranslationLock with(Map<String, String> sourcesByKey) {
        Map<String, Entry> copy = new HashMap<>(entries);
        sourcesByKey.forEach((key, source) -> copy.put(key, new Entry(hash(source), source)));
        return new TranslationLock(Map.copyOf(copy));
    }

    /** This lock without {@code keys}. */
    TranslationLock without(Collection<String> keys) {
        Map<String, Entry> copy = new HashMap<>(entries);
        copy.keySet().removeAll(keys);
        return new TranslationLock(Map.copyOf(copy));
    }

    /** The file's text: keys in {@code order} first (the bundle's order), then any others sorted; '\n' line ends. */
    String format(Collection<String> order) {
        StringBuilder out = new StringBuilder(HEADER);
        Map<String, Entry> rest = new java.util.TreeMap<>(entries);
        for (String key : order) {
            Entry entry = rest.remove(key);
            if (entry != null) {
                line(out, key, entry);
            }
        }
        rest.forEach((key, entry) -> line(out, key, entry));
        return out.toString();
    }

    private static void line(StringBuilder out, String key, Entry entry) {
        out.append(key).append('\t').append(entry.hash()).append('\t').append(escape(entry.source())).append('\n');
    }

    /** The first 16 hexadecimal digits of the SHA-256 of the UTF-8 text. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
