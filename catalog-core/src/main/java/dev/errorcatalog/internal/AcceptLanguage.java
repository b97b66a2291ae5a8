package dev.errorcatalog.internal;

import dev.errorcatalog.LanguageTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A lenient, bounded parser for HTTP {@code Accept-Language} headers (RFC 9110, section 12.5.4).
 *
 * <p>Unlike {@link Locale.LanguageRange#parse(String)}, which rejects the whole header for one bad
 * item, each malformed item is skipped on its own. Only the first {@link #MAX_LENGTH} characters and
 * {@link #MAX_ITEMS} items are read, so the work per header is bounded. {@code _} is read as {@code -}
 * ({@code en_US}); {@code *} is ignored (the default locale is the last resort anyway); an item with
 * {@code q=0} excludes that language.
 */
public final class AcceptLanguage {

    /** Characters of a header that are read; the rest is ignored. */
    public static final int MAX_LENGTH = 4096;
    /** Items of a header that are read; the rest are ignored. */
    public static final int MAX_ITEMS = 32;

    private final List<Locale> preferred;
    private final List<Locale> excluded;

    private AcceptLanguage(List<Locale> preferred, List<Locale> excluded) {
        this.preferred = preferred;
        this.excluded = excluded;
    }

    /** The acceptable locales, most preferred first (by {@code q}, then by position). */
    public List<Locale> preferred() {
        return preferred;
    }

    /** Whether the header rules out {@code locale} with {@code q=0}, by its exact tag or its language. */
    public boolean excludes(Locale locale) {
        for (Locale e : excluded) {
            if (e.equals(locale) || (e.getCountry().isEmpty() && e.getScript().isEmpty() && e.getVariant().isEmpty()
                    && e.getLanguage().equals(locale.getLanguage()))) {
                return true;
            }
        }
        return false;
    }

    /** Parses a header; never throws, and returns no preferences for {@code null} or garbage. */
    public static AcceptLanguage parse(String header) {
        List<Locale> locales = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        List<Locale> excluded = new ArrayList<>(0);
        if (header != null) {
            // a copy of the prefix, so that no search below runs past it into the rest of a huge header
            String prefix = header.length() > MAX_LENGTH ? header.substring(0, MAX_LENGTH) : header;
            int end = prefix.length();
            int start = 0;
            for (int items = 0; start <= end && items < MAX_ITEMS; items++) {
                int comma = prefix.indexOf(',', start);
                int itemEnd = comma < 0 ? end : comma;
                parseItem(prefix, start, itemEnd, locales, weights, excluded);
                start = itemEnd + 1;
            }
        }
        // stable insertion sort by descending weight: few items, and already sorted in most headers
        for (int i = 1; i < locales.size(); i++) {
            for (int j = i; j > 0 && weights.get(j) > weights.get(j - 1); j--) {
                weights.set(j, weights.set(j - 1, weights.get(j)));
                locales.set(j, locales.set(j - 1, locales.get(j)));
            }
        }
        return new AcceptLanguage(List.copyOf(locales), List.copyOf(excluded));
    }

    private static void parseItem(String header, int start, int end, List<Locale> locales, List<Integer> weights,
            List<Locale> excluded) {
        int semicolon = header.indexOf(';', start);
        int tagEnd = semicolon < 0 || semicolon > end ? end : semicolon;
        String tag = header.substring(start, tagEnd).trim();
        int weight = 1000;
        int param = tagEnd;
        while (param < end) {
            int next = header.indexOf(';', param + 1);
            int paramEnd = next < 0 || next > end ? end : next;
            String p = header.substring(param + 1, paramEnd).trim();
            if (p.length() > 1 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.substring(1).trim().startsWith("=")) {
                weight = parseWeight(p.substring(p.indexOf('=') + 1).trim());
                if (weight < 0) {
                    return;
                }
            }
            param = paramEnd;
        }
        if (tag.isEmpty() || tag.equals("*")) {
            return;
        }
        Locale locale = LanguageTags.parseOrNull(tag);
        if (locale == null) {
            return;
        }
        if (weight == 0) {
            excluded.add(locale);
        } else {
            locales.add(locale);
            weights.add(weight);
        }
    }

    /** The weight in thousandths, or -1 if it is not {@code 0[.ddd]} or {@code 1[.000]}. */
    static int parseWeight(String q) {
        int length = q.length();
        if (length == 0 || length > 5 || (q.charAt(0) != '0' && q.charAt(0) != '1')) {
            return -1;
        }
        int value = (q.charAt(0) - '0') * 1000;
        if (length == 1) {
            return value;
        }
        if (q.charAt(1) != '.') {
            return -1;
        }
        int scale = 100;
        for (int i = 2; i < length; i++, scale /= 10) {
            char c = q.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value += (c - '0') * scale;
        }
        return value > 1000 ? -1 : value;
    }
}
