package dev.errorcatalog.jackson;

import static dev.errorcatalog.jackson.Bodies.CATALOG;
import static dev.errorcatalog.jackson.Bodies.LOCALIZER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One language per response: a mix is reported and named in Content-Language, or avoided on request. */
class LanguageTest {

    private static final Locale DE = Locale.GERMAN;
    private static final String MIXED = "{\"errors\":["
            + "{\"type\":\"validation_error\",\"code\":\"not_e164\",\"message\":\"Not E.164\",\"attribute\":\"to\"},"
            + "{\"type\":\"validation_error\",\"code\":\"brand_new_upstream_code\",\"message\":\"Something new went wrong\",\"attribute\":\"from\"}]}";

    @Test
    void anUnknownCodeKeepsItsEnglishTextAndTheMixIsNamed() {
        LocalizedBody body = LOCALIZER.localize(MIXED, DE);
        assertEquals(List.of(DE, Locale.ENGLISH), body.languages());
        assertFalse(body.isSingleLanguage());
        assertEquals("de, en", body.contentLanguage().orElseThrow());
        ItemReport unknown = body.items().get(1);
        assertEquals(Fallback.UNKNOWN_CODE, unknown.fallback());
        assertFalse(unknown.localized());
        assertEquals("Something new went wrong", unknown.text(), "never a generic text that hides it");
        assertEquals("Something new went wrong", body.tree().at("/errors/1/message").stringValue());
    }

    @Test
    void onRequestTheWholeBodyIsInTheFallbackLanguage() {
        LocalizedBody body = BodyLocalizer.builder(CATALOG).singleLanguage(true).build().localize(MIXED, DE);
        assertEquals(List.of(Locale.ENGLISH), body.languages());
        assertTrue(body.isSingleLanguage());
        assertEquals("en", body.contentLanguage().orElseThrow());
        assertEquals(CATALOG.resolve(ErrorCode.NOT_E164, Locale.ENGLISH).text() + " (parameter: to)",
                body.tree().at("/errors/0/message").stringValue());
        assertEquals("Something new went wrong", body.tree().at("/errors/1/message").stringValue());
    }

    @Test
    void aBodyInOneLanguageIsLeftInItEvenInSingleLanguageMode() {
        String body = "{\"errors\":[{\"code\":\"not_e164\",\"message\":\"x\"},{\"code\":\"not_a_boolean\",\"message\":\"y\"}]}";
        LocalizedBody localized = BodyLocalizer.builder(CATALOG).singleLanguage(true).build().localize(body, DE);
        assertEquals(List.of(DE), localized.languages());
        assertEquals("de", localized.contentLanguage().orElseThrow());
        assertEquals(CATALOG.resolve(ErrorCode.NOT_A_BOOLEAN, DE).text(), localized.items().get(1).text());
    }

    @Test
    void anUninstalledLocaleGetsTheDefaultLocaleAndSaysSo() {
        LocalizedBody body = LOCALIZER.localize("{\"errors\":[{\"code\":\"not_e164\",\"message\":\"x\"}]}", Locale.JAPANESE);
        assertEquals("en", body.contentLanguage().orElseThrow());
        assertEquals(Fallback.UNSUPPORTED_LOCALE, body.items().get(0).fallback());
        LocalizedBody regional = LOCALIZER.localize("{\"errors\":[{\"code\":\"not_e164\",\"message\":\"x\"}]}",
                CATALOG.negotiate("de-CH,de;q=0.9,en;q=0.5"));
        assertEquals("de", regional.contentLanguage().orElseThrow());
        assertEquals(Fallback.NONE, regional.items().get(0).fallback());
    }

    @Test
    void aStrictCatalogThrowsWhereItWould() {
        BodyLocalizer strict = BodyLocalizer.of(dev.errorcatalog.ErrorCatalog.builder()
                .missingMessagePolicy(dev.errorcatalog.MissingMessagePolicy.STRICT).build());
        String body = "{\"errors\":[{\"code\":\"not_e164\",\"message\":\"x\",\"attribute\":\"to\"}]}";
        assertEquals(CATALOG.resolve(ErrorCode.NOT_E164, DE).text() + " (Parameter: to)", strict.localize(body, DE).items().get(0).text());
        org.junit.jupiter.api.Assertions.assertThrows(dev.errorcatalog.MessageResolutionException.class,
                () -> strict.localize(body, Locale.JAPANESE));
    }

    @Test
    void anItemWithoutTextAddsNoLanguage() {
        String body = "{\"errors\":[{\"code\":\"brand_new\",\"message\":null},{\"code\":\"not_e164\",\"message\":\"x\"}]}";
        LocalizedBody localized = LOCALIZER.localize(body, DE);
        assertEquals("de", localized.contentLanguage().orElseThrow());
        assertTrue(localized.tree().at("/errors/0/message").isNull(), "an unknown code keeps its null text");
    }
}
