package dev.errorcatalog.check;

/**
 * How complete one bundle is.
 *
 * @param locale the BCP 47 tag of the bundle's locale
 * @param file the bundle file
 * @param keys how many keys are expected
 * @param translated how many of them have a non-empty message that is not a copy of the source
 *     (allow-listed copies count as translated)
 * @since 0.1
 */
public record LocaleSummary(String locale, String file, int keys, int translated) {

    /** The translated share in percent, 0 to 100, rounded to one decimal; 100 for a bundle with no keys. */
    public double completeness() {
        return keys == 0 ? 100.0 : Math.floor(1000.0 * translated / keys) / 10.0;
    }
}
