package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.internal.AcceptLanguage;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * {@link ErrorCatalog#negotiate(String)} with headers an attacker chooses: it never throws, always answers an
 * installed locale, reads a bounded prefix of the header, and keeps a bounded cache.
 */
@AddLifecycleHook(FuzzSeeds.class)
class AcceptLanguageAttackTest {

    private static final Locale DE_CH = Locale.forLanguageTag("de-CH");
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final ErrorCatalog CATALOG = TestBundles.catalog(TestBundles.provider(Locale.ENGLISH),
            TestBundles.provider(Locale.GERMAN), TestBundles.provider(DE_CH), TestBundles.provider(Locale.FRENCH),
            TestBundles.provider(PT_BR));
    private static final Set<Locale> INSTALLED = CATALOG.locales();

    @Property(tries = 2000)
    void anyStringNegotiatesAnInstalledLocale(@ForAll String header) {
        assertInstalled(header, CATALOG.negotiate(header));
    }

    @Property(tries = 3000)
    void headerShapedGarbageNegotiatesAnInstalledLocale(@ForAll("headers") String header) {
        assertInstalled(header, CATALOG.negotiate(header));
    }

    @Property(tries = 300)
    void onlyTheFirstMaxLengthCharactersCount(@ForAll("headers") String header, @ForAll("headers") String tail) {
        StringBuilder big = new StringBuilder(header);
        while (big.length() <= AcceptLanguage.MAX_LENGTH) {
            big.append(", ").append(header).append(tail);
        }
        String prefix = big.substring(0, AcceptLanguage.MAX_LENGTH);
        assertEquals(CATALOG.negotiate(prefix), CATALOG.negotiate(big.toString()));
    }

    @Example
    void emptyAndWildcardMeanTheDefault() {
        assertEquals(Locale.ENGLISH, CATALOG.negotiate(""));
        assertEquals(Locale.ENGLISH, CATALOG.negotiate(null));
        assertEquals(Locale.ENGLISH, CATALOG.negotiate("*"));
        assertEquals(Locale.ENGLISH, CATALOG.negotiate("*;q=0"));
        assertEquals(Locale.ENGLISH, CATALOG.negotiate(" , ;, ,,"));
    }

    @Example
    void everythingExcludedMeansTheDefault() {
        assertEquals(Locale.ENGLISH, CATALOG.negotiate("de;q=0, fr;q=0, pt;q=0, en;q=0"));
        assertEquals(Locale.ENGLISH, CATALOG.negotiate("de;q=0, de-CH"));
        assertEquals(Locale.FRENCH, CATALOG.negotiate("de;q=0, de-CH;q=0.9, fr;q=0.1"));
    }

    @Example
    void malformedWeightsSkipTheirItemOnly() {
        assertEquals(Locale.FRENCH, CATALOG.negotiate("de;q=1.5, fr"));
        assertEquals(Locale.FRENCH, CATALOG.negotiate("de;q=abc, fr"));
        assertEquals(Locale.FRENCH, CATALOG.negotiate("de;q=, fr"));
        assertEquals(Locale.FRENCH, CATALOG.negotiate("de;q=-0, fr"));
        assertEquals(Locale.FRENCH, CATALOG.negotiate("de;q=0.0001, fr"));
        assertEquals(Locale.GERMAN, CATALOG.negotiate("fr;q=0.5, de;Q = 0.9"));
    }

    @Example
    void underscoresAndCaseAreTolerated() {
        assertEquals(PT_BR, CATALOG.negotiate("pt_BR"));
        assertEquals(DE_CH, CATALOG.negotiate("DE_ch"));
        assertEquals(Locale.ENGLISH, CATALOG.negotiate("en_US"));
    }

    @Example
    void nonAsciiAndControlCharactersSkipTheirItemOnly() {
        assertEquals(Locale.FRENCH, CATALOG.negotiate("dé, fr"));
        assertEquals(Locale.FRENCH, CATALOG.negotiate("d\u0000e, fr"));
        assertEquals(Locale.FRENCH, CATALOG.negotiate("\u0130d, fr"));
        assertEquals(Locale.FRENCH, CATALOG.negotiate("\uD800de, fr"));
        assertEquals(Locale.FRENCH, CATALOG.negotiate("d\u0007e, fr\r\n"));
        // like String.trim(), control characters around an item count as white space
        assertEquals(Locale.GERMAN, CATALOG.negotiate("\tde\u0007, fr"));
    }

    @Example
    void onlyTheFirstMaxItemsItemsCount() {
        String tenThousandItems = "xx-YY;q=0.5, ".repeat(9_999) + "de";
        assertEquals(Locale.ENGLISH, CATALOG.negotiate(tenThousandItems));
        assertEquals(Locale.GERMAN, CATALOG.negotiate("xx, ".repeat(AcceptLanguage.MAX_ITEMS - 1) + "de, fr"));
        assertEquals(Locale.FRENCH, CATALOG.negotiate("fr, " + "de;q=0.9, ".repeat(9_999)));
    }

    @Example
    void aMegabyteOfHyphensIsTheDefault() {
        assertEquals(Locale.ENGLISH, CATALOG.negotiate("-".repeat(1 << 20)));
        assertEquals(Locale.GERMAN, CATALOG.negotiate("de," + "-".repeat(1 << 20)));
    }

    /**
     * Reading past the first {@link AcceptLanguage#MAX_LENGTH} characters, even once per item, would cost a
     * pass over 8 MB per call: 10,000 calls could not finish in 5 seconds. Reading the bounded prefix takes
     * milliseconds. This checks the work is bounded, not how fast it is.
     */
    @Example
    void workPerHeaderDoesNotGrowWithItsLength() {
        String header = "xx,".repeat(AcceptLanguage.MAX_ITEMS - 1) + "-".repeat(8 << 20);
        Locale negotiated = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            Locale last = null;
            for (int i = 0; i < 10_000; i++) {
                last = CATALOG.negotiate(header);
            }
            return last;
        });
        assertEquals(Locale.ENGLISH, negotiated);
    }

    /**
     * Every distinct header and requested locale may be cached; with 100,000 distinct ones the caches must still
     * hold at most {@link ErrorCatalog#MAX_CACHE_ENTRIES} of each, and no header longer than 256 characters.
     *
     * <p>Measured with weak references to the keys rather than with heap totals: the JDK itself softly caches
     * every distinct {@link Locale} it builds from a tag, which would drown the library's share. A key the
     * library does not hold strongly is cleared by a full collection.
     */
    @Example
    void cachesKeyedByRequestDataStayBounded() {
        ErrorCatalog catalog = TestBundles.catalog(TestBundles.provider(Locale.ENGLISH), TestBundles.provider(Locale.GERMAN));
        String filler = ", xx;q=0.001".repeat(19);
        List<WeakReference<String>> headers = new ArrayList<>();
        List<WeakReference<String>> longHeaders = new ArrayList<>();
        List<WeakReference<Locale>> locales = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            String header = "qaa-x-" + Integer.toString(i, 36) + filler;
            assertEquals(Locale.ENGLISH, catalog.negotiate(header));
            headers.add(new WeakReference<>(header));
            Locale locale = new Locale("de", "", "v" + i);
            assertEquals(Locale.GERMAN, catalog.resolve(ErrorCode.ALREADY_ASSIGNED, locale).locale());
            locales.add(new WeakReference<>(locale));
            if (i % 100 == 0) {
                String longHeader = "de-x-" + i + ", xx".repeat(100);
                assertEquals(Locale.GERMAN, catalog.negotiate(longHeader));
                longHeaders.add(new WeakReference<>(longHeader));
            }
        }
        System.gc();
        System.gc();
        assertTrue(stillHeld(headers) <= ErrorCatalog.MAX_CACHE_ENTRIES, stillHeld(headers) + " headers still held");
        assertTrue(stillHeld(locales) <= ErrorCatalog.MAX_CACHE_ENTRIES, stillHeld(locales) + " locales still held");
        assertEquals(0, stillHeld(longHeaders), "headers longer than 256 characters are never cached");
        assertEquals(Locale.GERMAN, catalog.negotiate("de"), "the catalog still negotiates after its caches were cleared");
    }

    private static long stillHeld(List<? extends WeakReference<?>> references) {
        return references.stream().filter(r -> r.get() != null).count();
    }

    private static void assertInstalled(String header, Locale negotiated) {
        assertTrue(INSTALLED.contains(negotiated), () -> "negotiated " + negotiated + " for " + header);
    }

    @Provide
    Arbitrary<String> headers() {
        Arbitrary<String> tags = Arbitraries.oneOf(
                Arbitraries.of("en", "EN-us", "en_US", "de", "de-CH", "DE_ch", "fr", "fr-CA", "pt-BR", "pt", "zh-Hant-TW",
                        "*", "i-klingon", "x-foo", "de-CH-1996", "en-u-nu-arab", "tr", "İ", "ı", "", "-", "_", "q", "--en",
                        "en-", "abcdefghi", "a-b-c-d-e-f-g-h", "123", "en-US-x-" + "a".repeat(70), "\u00A0de", "d\u00E9",
                        "\u0000", "\uD800", "\uDC00en", "😀", "de\r\n", "fr\t"),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_*")
                        .ofMaxLength(20),
                Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> parameters = Arbitraries.oneOf(
                Arbitraries.of("", ";q=0", ";q=1", ";q=1.0", ";q=1.000", ";q=1.001", ";q=1.5", ";q=0.5", ";q=0.001",
                        ";q=0.0001", ";q=abc", ";q=", ";q", ";Q = 0.3", "; q=0.7", ";level=1", ";;", ";q=0;q=1", ";q=1e0",
                        ";q=-1", ";q=\u0660", ";q=0.5 ;q=x", ";=", ";q==1"),
                Arbitraries.doubles().map(d -> ";q=" + d),
                Arbitraries.strings().ofMaxLength(6).map(s -> ";" + s));
        Arbitrary<String> item = Combinators.combine(tags, parameters).as(String::concat);
        Arbitrary<String> separators = Arbitraries.of(",", ", ", " ,", ",,", " ", ";", "\t,", ",\u0000");
        return Combinators.combine(item.list().ofMaxSize(40), separators.list().ofMinSize(40).ofMaxSize(40))
                .as(TestHeaders::join);
    }

    /** Joins items with separators. */
    private static final class TestHeaders {
        static String join(List<String> items, List<String> separators) {
            StringBuilder header = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    header.append(separators.get(i));
                }
                header.append(items.get(i));
            }
            return header.toString();
        }
    }
}
