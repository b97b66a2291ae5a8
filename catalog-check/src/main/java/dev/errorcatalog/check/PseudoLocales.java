package dev.errorcatalog.check;

import com.ibm.icu.text.MessagePattern;
import dev.errorcatalog.internal.MessagePatterns;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.errorcatalog.MessageKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pseudo-locales for QA: bundles generated from the English one that show, in a running service, text that was
 * never translated, truncated or not laid out right to left.
 * <ul>
 *   <li>{@code en-XA} (accented): every letter of the literal text accented, about 30 % longer, in brackets:
 *       {@code [Ţĥé ñûɱƀéŕ îš îñṽåļîð. one two]}; a cut-off bracket shows truncation, plain ASCII shows text that
 *       does not come from the catalog.</li>
 *   <li>{@code ar-XB} (bidi): each word of the literal text as right-to-left ({@code U+202E … U+202C}), the
 *       message between right-to-left marks ({@code U+200F}); plurals get the Arabic categories.</li>
 * </ul>
 * Only literal text is rewritten: ICU syntax, argument names, plural keywords, {@code #}, quoted braces and
 * technical tokens ({@code expires_at}, {@code SWML}, URLs) stay as they are, so the bundles pass the check.
 *
 * @since 0.2
 */
public final class PseudoLocales {

    /** {@code en-XA}: accented and longer. */
    public static final Locale ACCENTED = Locale.forLanguageTag("en-XA");
    /** {@code ar-XB}: right to left. */
    public static final Locale BIDI = Locale.forLanguageTag("ar-XB");

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTS = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    private static final String PADDING = " one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen";
    private static final char RLM = '\u200F';
    private static final char RLO = '\u202E';
    private static final char PDF = '\u202C';

    private PseudoLocales() {
    }

    /**
     * The {@code en-XA} form of an ICU pattern.
     *
     * @throws IllegalArgumentException if ICU cannot parse the pattern
     */
    public static String accented(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() * 2);
        int letters = 0;
        for (PatternText.Span span : PatternText.spans(pattern)) {
            String part = pattern.substring(span.start(), span.end());
            if (span.kind() == PatternText.Kind.TEXT) {
                for (int i = 0; i < part.length(); i++) {
                    int at = PLAIN.indexOf(part.charAt(i));
                    out.append(at < 0 ? part.charAt(i) : ACCENTS.charAt(at));
                }
                letters += part.length();
            } else {
                out.append(part);
            }
        }
        int padding = Math.max(0, (int) Math.ceil(letters * 0.3) - 2);
        StringBuilder pad = new StringBuilder();
        while (pad.length() < padding) {
            pad.append(PADDING, 0, Math.min(PADDING.length(), padding - pad.length()));
        }
        return wrap(out.toString(), "[", accentedPadding(pad.toString()) + "]");
    }

    private static String accentedPadding(String pad) {
        StringBuilder out = new StringBuilder(pad.length());
        for (int i = 0; i < pad.length(); i++) {
            int at = PLAIN.indexOf(pad.charAt(i));
            out.append(at < 0 ? pad.charAt(i) : ACCENTS.charAt(at));
        }
        return out.toString().stripTrailing();
    }

    /**
     * The {@code ar-XB} form of an ICU pattern, with the plural categories of Arabic added (copies of
     * {@code other}).
     *
     * @throws IllegalArgumentException if ICU cannot parse the pattern
     */
    public static String bidi(String pattern) {
        String full = withCategories(pattern, ULocale.forLocale(BIDI));
        StringBuilder out = new StringBuilder(full.length() * 2);
        for (PatternText.Span span : PatternText.spans(full)) {
            String part = full.substring(span.start(), span.end());
            if (span.kind() != PatternText.Kind.TEXT) {
                out.append(part);
                continue;
            }
            int i = 0;
            while (i < part.length()) {
                int start = i;
                boolean word = !Character.isWhitespace(part.charAt(i));
                while (i < part.length() && !Character.isWhitespace(part.charAt(i)) == word) {
                    i++;
                }
                String run = part.substring(start, i);
                out.append(word ? RLO + run + PDF : run);
            }
        }
        return wrap(out.toString(), String.valueOf(RLM), String.valueOf(RLM));
    }

    /** {@code prefix + text + suffix}, inside the text's leading and trailing white space. */
    private static String wrap(String text, String prefix, String suffix) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return text;
        }
        int start = text.indexOf(stripped);
        return text.substring(0, start) + prefix + stripped + suffix + text.substring(start + stripped.length());
    }

    /** Adds to each cardinal plural the categories {@code locale} selects and the pattern lacks, as copies of {@code other}. */
    static String withCategories(String pattern, ULocale locale) {
        String full = pattern;
        for (String next = addCategories(full, locale); !next.equals(full); next = addCategories(full, locale)) {
            full = next; // again, for the plurals nested in a copied 'other'
        }
        return full;
    }

    private static String addCategories(String pattern, ULocale locale) {
        MessagePattern parsed = MessagePatterns.parse(pattern);
        Set<String> keywords = PluralRules.forLocale(locale).getKeywords();
        List<String> needed = List.of("zero", "one", "two", "few", "many").stream().filter(keywords::contains).toList();
        List<int[]> inserts = new ArrayList<>(); // position, start and limit of the other message
        List<Set<String>> missing = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START || part.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            int limit = parsed.getLimitPartIndex(i);
            Set<String> present = new LinkedHashSet<>();
            int otherSelector = -1;
            int otherStart = -1;
            int otherLimit = -1;
            for (int j = i + 1; j < limit; j++) {
                MessagePattern.Part p = parsed.getPart(j);
                if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    String selector = parsed.getSubstring(p);
                    present.add(selector);
                    int message = j + 1;
                    if (parsed.getPart(message).getType() != MessagePattern.Part.Type.MSG_START) {
                        message++; // an explicit value's numeric part
                    }
                    if (selector.equals("other")) {
                        otherSelector = p.getIndex();
                        otherStart = parsed.getPart(message).getIndex();
                        otherLimit = parsed.getPart(parsed.getLimitPartIndex(message)).getLimit();
                    }
                    j = parsed.getLimitPartIndex(message);
                }
            }
            Set<String> lacking = new LinkedHashSet<>(needed);
            lacking.removeAll(present);
            if (!lacking.isEmpty() && otherSelector >= 0) {
                inserts.add(new int[] {otherSelector, otherStart, otherLimit});
                missing.add(lacking);
            }
        }
        StringBuilder out = new StringBuilder(pattern);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < inserts.size(); k++) {
            order.add(k);
        }
        order.sort((a, b) -> Integer.compare(inserts.get(b)[0], inserts.get(a)[0])); // from the end: offsets stay valid
        for (int k : order) {
            int[] at = inserts.get(k);
            String other = pattern.substring(at[1], at[2]);
            StringBuilder branches = new StringBuilder();
            for (String category : missing.get(k)) {
                branches.append(category).append(' ').append(other).append(' ');
            }
            out.insert(at[0], branches);
        }
        return out.toString();
    }

    /** Writes {@code messages_en_XA.properties} and {@code messages_ar_XB.properties} from the English module on the class path. */
    public static List<Path> write(Path dir) throws IOException {
        return write(Translations.catalogEnglish(), dir, "messages");
    }

    /**
     * Writes {@code <baseName>_en_XA.properties} and {@code <baseName>_ar_XB.properties} into {@code dir}, one
     * line per key of the catalog that {@code english} has, in catalog order.
     *
     * @return the files written
     */
    public static List<Path> write(Map<String, String> english, Path dir, String baseName) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Locale locale : List.of(ACCENTED, BIDI)) {
            StringBuilder text = new StringBuilder("# Pseudo-locale " + locale.toLanguageTag() + " for QA, generated from the English"
                    + " messages by the errorcatalog pseudo command: do not edit, regenerate.\n");
            for (MessageKey key : MessageKey.all()) {
                String source = english.get(key.key());
                if (source != null) {
                    String pseudo = locale == ACCENTED ? accented(source) : bidi(source);
                    text.append(BundleEditor.line(key.key(), pseudo)).append('\n');
                }
            }
            Path file = dir.resolve(baseName + "_" + locale.toString() + ".properties");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }
}
