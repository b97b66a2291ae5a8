package dev.errorcatalog.messages.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import dev.errorcatalog.ResolvedMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With this module and the English one installed: pseudo-locales only when the catalog enables them. */
class PseudoLocalesServedTest {

    static final Locale XA = Locale.forLanguageTag("en-XA");
    static final Locale XB = Locale.forLanguageTag("ar-XB");

    @Test
    void aCatalogWithPseudoLocalesEnabledServesThemToTheirAcceptLanguage() {
        ErrorCatalog catalog = ErrorCatalog.builder().pseudoLocales(true).build();
        assertEquals(List.of(), catalog.warnings());

        assertEquals(XA, catalog.negotiate("en-XA"));
        ResolvedMessage accented = catalog.resolve(ErrorCode.PURCHASED_TOO_RECENTLY, catalog.negotiate("en-XA,en;q=0.5"),
                Map.of("waitDays", 14, "trialWaitDays", 30));
        assertEquals(Fallback.NONE, accented.fallback());
        assertEquals("en-XA", accented.languageTag());
        assertTrue(accented.text().startsWith("[Ţĥîš ñûɱƀéŕ ŵåš þûŕçĥåšéð"), accented.text());
        assertTrue(accented.text().contains("14 ðåýš") && accented.text().endsWith("]"), accented.text());

        assertEquals(XB, catalog.negotiate("ar-XB"));
        ResolvedMessage bidi = catalog.resolve(ErrorCode.NOT_E164, XB);
        assertTrue(bidi.text().startsWith("\u200F\u202E"), bidi.text());
        assertEquals("ar-XB", bidi.languageTag());
    }

    /** README.md, "Pseudo-locales", quotes the first two lines verbatim (its snippet test compares them). */
    @Test
    void theReadmeExampleAsItStands() {
        ErrorCatalog catalog = ErrorCatalog.builder().pseudoLocales(true).build();   // off by default
        catalog.negotiate("en-XA");      // en-XA; "ar-XB" likewise. Real languages (en-US, ar-EG) never get them.
        assertEquals(XA, catalog.negotiate("en-XA"));
        assertEquals(XB, catalog.negotiate("ar-XB"));
        assertEquals(Locale.ENGLISH, catalog.negotiate("en-US"));
    }

    @Test
    void realLanguagesNeverGetAPseudoLocale() {
        ErrorCatalog catalog = ErrorCatalog.builder().pseudoLocales(true).build();
        assertEquals(Locale.ENGLISH, catalog.negotiate("en-US"));
        assertEquals(Locale.ENGLISH, catalog.negotiate("en-GB,en;q=0.9"));
        assertEquals(Locale.ENGLISH, catalog.negotiate("ar-EG,ar;q=0.9"), "Arabic users get the default, not ar-XB");
    }

    @Test
    void byDefaultTheModuleIsInstalledButNotServed() {
        ErrorCatalog catalog = ErrorCatalog.create();
        assertFalse(catalog.locales().contains(XA), catalog.locales().toString());
        assertFalse(catalog.locales().contains(XB), catalog.locales().toString());
        assertEquals(Locale.ENGLISH, catalog.negotiate("en-XA"));
        assertEquals(List.of(), catalog.warnings(), "skipping them is configuration, not a problem");
    }
}
