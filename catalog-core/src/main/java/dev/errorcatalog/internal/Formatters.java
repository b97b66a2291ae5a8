package dev.errorcatalog.internal;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Objects;

/**
 * The immutable, thread-safe formatting tools of one locale, shared by all its messages.
 *
 * <p>The number formats and plural rules are made on first use: loading them reads ICU's locale data,
 * which takes longer than all the rest of starting a catalog, and a catalog whose callers only ask for
 * messages without arguments never needs them.
 */
public final class Formatters {
    private final Locale locale;
    /** Made at most a few times, by racing threads; immutable, so safe to publish this way. */
    private volatile Tools tools;

    public Formatters(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public Formatters(ULocale locale) {
        this(locale.toLocale());
    }

    public ULocale locale() {
        return ULocale.forLocale(locale);
    }

    private Tools tools() {
        Tools t = tools;
        if (t == null) {
            t = new Tools(ULocale.forLocale(locale));
            tools = t;
        }
        return t;
    }

    NumberFormatter number() {
        return tools().number;
    }

    NumberFormatter integer() {
        return tools().integer;
    }

    PluralRules cardinalRules() {
        return tools().cardinalRules;
    }

    PluralRules ordinalRules() {
        return tools().ordinalRules;
    }

    /** The plural form of a small count (see {@link NumberFormatter#SMALL}); cached on first use. */
    String keyword(boolean ordinal, int count) {
        Tools t = tools();
        String[] keywords = ordinal ? t.ordinalKeywords : t.cardinalKeywords;
        String keyword = keywords[count]; // a racy read is safe: strings are immutable
        if (keyword == null) {
            // an integer's plural operands are the same as its formatted form's (no fraction digits)
            keyword = (ordinal ? t.ordinalRules : t.cardinalRules).select(count);
            keywords[count] = keyword;
        }
        return keyword;
    }

    private static final class Tools {
        final NumberFormatter number;
        final NumberFormatter integer;
        final PluralRules cardinalRules;
        final PluralRules ordinalRules;
        final String[] cardinalKeywords = new String[NumberFormatter.SMALL];
        final String[] ordinalKeywords = new String[NumberFormatter.SMALL];

        Tools(ULocale locale) {
            this.number = new NumberFormatter(NumberFormat.getInstance(locale));
            this.integer = new NumberFormatter(NumberFormat.getIntegerInstance(locale));
            this.cardinalRules = PluralRules.forLocale(locale, PluralRules.PluralType.CARDINAL);
            this.ordinalRules = PluralRules.forLocale(locale, PluralRules.PluralType.ORDINAL);
        }
    }
}
