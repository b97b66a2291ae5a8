package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A locale bundle with broken messages: each broken message falls back to the next locale of the chain and is
 * reported once, at build time; the other messages of that locale are served as usual.
 */
class BrokenBundleTest {

    private static final Locale DE_CH = Locale.forLanguageTag("de-CH");
    private static final String NOT_UTF_8 = "@@not-utf-8@@";

    /** The broken messages of the German bundle, and why each one is broken. */
    private static final Map<String, String> BROKEN_DE = Map.of(
            "already_assigned", "Bereits {zugewiesen",                                // does not parse
            "already_verified", "Bereits " + NOT_UTF_8 + " verifiziert",              // bytes that are not UTF-8
            "purchased_too_recently", "Warten Sie {days} Tage.",                      // undeclared argument
            "account_limit_exceeded", "Konto {" + "a".repeat(70_000) + "}",           // beyond MessagePattern's limits
            "max_queued_messages_exceeded", "{subject, date} hat zu viele Nachrichten", // text argument used as a date
            "errorcatalog.unknown_code", "Fehler {code, choice, 0#null|1#eins}");     // text argument used as a number
    private static final String MISSING_DE = "campaign_inactive";
    private static final String BROKEN_DE_CH = "campaign_not_found";

    private static final ErrorCatalog CATALOG = TestBundles.catalog(
            TestBundles.provider(Locale.ENGLISH), new TestBundles.InMemoryMessages(Locale.GERMAN, brokenGermanBundle()),
            new TestBundles.InMemoryMessages(DE_CH, TestBundles.properties(
                    TestBundles.patterns(DE_CH, key -> key.equals(BROKEN_DE_CH) ? "{unbalanced" : null))));

    private static byte[] brokenGermanBundle() {
        Map<String, String> patterns = TestBundles.patterns(Locale.GERMAN, BROKEN_DE::get);
        patterns.remove(MISSING_DE);
        byte[] utf8 = TestBundles.properties(patterns).getBytes(StandardCharsets.UTF_8);
        String text = new String(utf8, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(NOT_UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(utf8, 0, at);
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
        bytes.write(utf8, at + NOT_UTF_8.length(), utf8.length - at - NOT_UTF_8.length());
        return bytes.toByteArray();
    }

    @Test
    void brokenAndMissingMessagesFallBackToTheDefaultLocale() {
        Map<String, Object> arguments = Map.of("subject", "+15551234567", "waitDays", 3, "trialWaitDays", 30);
        for (String code : Set.of("already_assigned", "already_verified", "purchased_too_recently", "account_limit_exceeded",
                "max_queued_messages_exceeded", MISSING_DE)) {
            ResolvedMessage message = CATALOG.resolve(code, Locale.GERMAN, arguments);
            assertAll(code,
                    () -> assertEquals(Locale.ENGLISH, message.locale()),
                    () -> assertEquals(Fallback.MISSING_MESSAGE, message.fallback()),
                    () -> assertTrue(message.text().startsWith("en: " + code), message.text()));
        }
    }

    @Test
    void aBrokenMessageOfARegionalLocaleFallsBackToItsLanguage() {
        ResolvedMessage message = CATALOG.resolve(BROKEN_DE_CH, DE_CH);
        assertEquals(new ResolvedMessage(BROKEN_DE_CH, "de: " + BROKEN_DE_CH, Locale.GERMAN, Fallback.MISSING_MESSAGE), message);
        assertEquals(new ResolvedMessage("already_assigned", "de-CH: already_assigned", DE_CH, Fallback.NONE),
                CATALOG.resolve("already_assigned", DE_CH));
    }

    @Test
    void theOtherMessagesOfTheBrokenLocaleStillWork() {
        assertEquals(new ResolvedMessage("campaign_not_found", "de: campaign_not_found", Locale.GERMAN, Fallback.NONE),
                CATALOG.resolve("campaign_not_found", Locale.GERMAN));
        assertEquals(new ResolvedMessage("verification_request_too_soon", "de: verification_request_too_soon 5 items",
                Locale.GERMAN, Fallback.NONE),
                CATALOG.resolve(ErrorCode.VERIFICATION_REQUEST_TOO_SOON, Locale.GERMAN, Map.of("retryAfterMinutes", 5)));
        long exact = Arrays.stream(ErrorCode.values())
                .filter(code -> !CATALOG.resolve(code, Locale.GERMAN, exampleArguments(code)).isFallback())
                .count();
        long brokenCodes = BROKEN_DE.keySet().stream().filter(key -> ErrorCode.fromCode(key).isPresent()).count();
        assertEquals(ErrorCode.values().length - brokenCodes - 1, exact, "every German message but the broken and missing ones");
    }

    @Test
    void aBrokenGenericMessageFallsBackToo() {
        ResolvedMessage message = CATALOG.resolve("no_such_code", Locale.GERMAN);
        assertEquals(new ResolvedMessage("no_such_code", "en: errorcatalog.unknown_code no_such_code", Locale.ENGLISH,
                Fallback.UNKNOWN_CODE), message);
    }

    @Test
    void eachProblemIsReportedOnceAtBuildTime() {
        List<String> warnings = CATALOG.warnings();
        for (String key : List.of("already_assigned", "already_verified", "purchased_too_recently", "account_limit_exceeded",
                "max_queued_messages_exceeded", "errorcatalog.unknown_code", MISSING_DE, BROKEN_DE_CH)) {
            assertEquals(1, warnings.stream().filter(w -> w.contains("'" + key + "'") || w.contains(" " + key)).count(),
                    () -> key + " in " + warnings);
        }
        assertEquals(8, warnings.size(), warnings::toString);
    }

    @Test
    void aBundleSavedAsLatin1LosesOnlyItsNonAsciiMessages() {
        Map<String, String> patterns = TestBundles.patterns(Locale.GERMAN,
                key -> key.equals("already_assigned") ? "Bereits zugeordnet: Schlüssel" : null);
        ErrorCatalog catalog = TestBundles.catalog(TestBundles.provider(Locale.ENGLISH), new TestBundles.InMemoryMessages(
                Locale.GERMAN, TestBundles.properties(patterns).getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Fallback.MISSING_MESSAGE, catalog.resolve("already_assigned", Locale.GERMAN).fallback());
        assertEquals(Fallback.NONE, catalog.resolve("already_verified", Locale.GERMAN).fallback());
        assertEquals(1, catalog.warnings().size(), catalog.warnings()::toString);
        assertTrue(catalog.warnings().get(0).contains("U+FFFD"), catalog.warnings()::toString);
    }

    private static Map<String, Object> exampleArguments(ErrorCode code) {
        Map<String, Object> arguments = new HashMap<>();
        code.arguments().forEach(a -> arguments.put(a.name(), a.example()));
        return arguments;
    }
}
