package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder's pseudo-locale switch, and a regional module that overrides a few messages of its installed parent. */
class PseudoAndRegionalLoadingTest {

    static final Locale XA = Locale.forLanguageTag("en-XA");

    @Test
    void pseudoLocalesAreSkippedSilentlyUnlessEnabled() {
        TestProvider pseudo = TestProvider.complete("en-XA", "[Ţĥé");
        ErrorCatalog off = ErrorCatalog.builder().discoverProviders(false).addProvider(TestProvider.complete("en", "The"))
                .addProvider(pseudo).build();
        assertEquals(Set(Locale.ENGLISH), off.locales());
        assertEquals(List.of(), off.warnings());
        assertEquals(Locale.ENGLISH, off.negotiate("en-XA"));

        ErrorCatalog on = ErrorCatalog.builder().discoverProviders(false).addProvider(TestProvider.complete("en", "The"))
                .addProvider(pseudo).pseudoLocales(true).build();
        assertEquals(XA, on.negotiate("en-XA"));
        assertTrue(on.resolve(ErrorCode.NOT_E164, XA).text().startsWith("[Ţĥé"));
        assertEquals(Locale.ENGLISH, on.negotiate("en-US"), "a real English request never gets the pseudo-locale");
        assertEquals(List.of(), on.warnings());
    }

    @Test
    void aRegionalModuleLacksNothingItsInstalledParentServes() {
        TestProvider mexico = new TestProvider("es-MX", Map.of("not_e164", "El número telefónico debe estar en formato E.164."));
        ErrorCatalog catalog = ErrorCatalog.builder().discoverProviders(false).addProvider(TestProvider.complete("en", "The"))
                .addProvider(TestProvider.complete("es", "El")).addProvider(mexico).build();
        assertEquals(List.of(), catalog.warnings(), "no warning: es serves what es-MX lacks");
        Locale mx = Locale.forLanguageTag("es-MX");
        assertEquals("El número telefónico debe estar en formato E.164.", catalog.resolve(ErrorCode.NOT_E164, mx).text());
        ResolvedMessage inherited = catalog.resolve(ErrorCode.INVALID_NUMBER_FORMAT, mx);
        assertEquals("es", inherited.languageTag());
        assertEquals(Fallback.MISSING_MESSAGE, inherited.fallback());

        // without es, what es-MX lacks falls back to English and is warned about, as for any incomplete module
        // (BrokenBundleTest and the checker's tests cover that warning)
    }

    private static java.util.Set<Locale> Set(Locale... locales) {
        return new java.util.LinkedHashSet<>(List.of(locales));
    }
}
