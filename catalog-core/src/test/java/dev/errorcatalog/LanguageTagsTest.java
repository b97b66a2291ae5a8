package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as a language tag, for every caller alike. */
class LanguageTagsTest {

    @ParameterizedTest
    @CsvSource({"de, de", "es-MX, es-MX", "pt_BR, pt-BR", "' zh-Hant-TW ', zh-Hant-TW", "EN-us, en-US", "es-419, es-419",
        "sr-Latn, sr-Latn", "de-CH-1996, de-CH-1996", "i-klingon, tlh"})
    void wellFormedTagsAreRead(String tag, String expected) {
        assertEquals(Locale.forLanguageTag(expected), LanguageTags.parse(tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "!!", "und", "x-private", "de--CH", "de-", "-de", "de-DE-DE", "de CH", "dé", "de\u0000",
        "12", "de-12345678901", "aaaaaaaaa"})
    void garbageIsRejectedNeverUnd(String tag) {
        assertNull(LanguageTags.parseOrNull(tag));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LanguageTags.parse(tag));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertEquals(true, e.getMessage().endsWith("is not a BCP 47 language tag (e.g. de, es-MX)"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aTagAboveTheLimitIsRejectedAndShownShortened() {
        String atLimit = "de-a1234561-a1234562-a1234563-a1234564-a1234565-a1234566-abcdefg";
        assertEquals(LanguageTags.MAX_LENGTH, atLimit.length());
        assertEquals("de", LanguageTags.parse(atLimit).getLanguage());
        String above = atLimit + "h";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LanguageTags.parse(above));
        assertEquals("'" + atLimit + "…' is not a BCP 47 language tag (e.g. de, es-MX)", e.getMessage());
        assertNull(LanguageTags.parseOrNull(null));
        assertEquals("'null' is not a BCP 47 language tag (e.g. de, es-MX)", assertThrows(IllegalArgumentException.class,
                () -> LanguageTags.parse(null)).getMessage());
    }
}
