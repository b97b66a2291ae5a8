package dev.errorcatalog.check;

/**
 * How complete one bundle is.
 *
 * @param locale the BCP 47 tag of the bundle's locale
 * @param file the bundle file
 * @param keys how many keys are expected
 * @param translated how many of them have a non-empty message that is not a copy of the source
 *     (allow-listed copies count as translated), including those {@code inherited}
 * @param parent for a regional bundle ({@code es-MX}) whose parent locale's bundle ({@code es}) was found,
 *     that locale's tag; otherwise {@code null}
 * @param inherited how many expected keys the bundle lacks and takes from {@code parent} at run time
 * @since 0.1
 */
public record LocaleSummary(String locale, String file, int keys, int translated, String parent, int inherited) {

    /** A bundle that inherits nothing. */
    public LocaleSummary(String locale, String file, int keys, int translated) {
        this(locale, file, keys, translated, null, 0);
    }

    /** The translated share in percent, 0 to 100, rounded to one decimal; 100 for a bundle with no keys. */
    public double completeness() {
        return keys == 0 ? 100.0 : Math.floor(1000.0 * translated / keys) / 10.0;
    }
}
