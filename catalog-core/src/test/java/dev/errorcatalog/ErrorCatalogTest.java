package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.spi.MessageProvider;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorCatalogTest {

    private static final Locale DE = Locale.GERMAN;
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ES = Locale.forLanguageTag("es");

    private static ErrorCatalog catalog(MessageProvider... providers) {
        return catalog(MissingMessagePolicy.FALLBACK, providers);
    }

    private static ErrorCatalog catalog(MissingMessagePolicy policy, MessageProvider... providers) {
        ErrorCatalog.Builder builder = ErrorCatalog.builder().discoverProviders(false).missingMessagePolicy(policy);
        for (MessageProvider provider : providers) {
            builder.addProvider(provider);
        }
        return LoggedWarnings.build(builder);
    }

    private static final ErrorCatalog CATALOG = catalog(
            TestProvider.complete("en", "EN"), TestProvider.complete("de", "DE"), TestProvider.complete("es", "ES"));

    // ---- locale fallback chain ----------------------------------------------------------------------

    @Test
    void resolvesInTheRequestedLocale() {
        ResolvedMessage message = CATALOG.resolve(ErrorCode.ACCOUNT_LIMIT_EXCEEDED, DE);
        assertEquals(new ResolvedMessage("account_limit_exceeded", "DE account_limit_exceeded", DE, Fallback.NONE), message);
        assertFalse(message.isFallback());
        assertEquals("de", message.languageTag());
    }

    @Test
    void regionalVariantsAreServedByTheirLanguageWithoutFallback() {
        assertEquals(DE, CATALOG.resolve("not_e164", Locale.forLanguageTag("de-CH")).locale());
        assertEquals(Fallback.NONE, CATALOG.resolve("not_e164", Locale.forLanguageTag("de-CH")).fallback());
        assertEquals(ES, CATALOG.resolve("not_e164", Locale.forLanguageTag("es-MX")).locale());
    }

    @Test
    void unsupportedOrNullLocaleGetsTheDefaultLocale() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("pt-BR"), Locale.ROOT, null}) {
            ResolvedMessage message = CATALOG.resolve(ErrorCode.NOT_E164, locale);
            assertEquals("EN not_e164", message.text());
            assertEquals(EN, message.locale());
            assertEquals(Fallback.UNSUPPORTED_LOCALE, message.fallback());
        }
    }

    @Test
    void configuredDefaultLocaleReplacesEnglish() {
        ErrorCatalog german = ErrorCatalog.builder().discoverProviders(false).defaultLocale(DE)
                .addProvider(TestProvider.complete("en", "EN")).addProvider(TestProvider.complete("de", "DE")).build();
        assertEquals(DE, german.defaultLocale());
        assertEquals("DE not_e164", german.resolve(ErrorCode.NOT_E164, Locale.forLanguageTag("pt-BR")).text());
        assertEquals(DE, german.negotiate("pt-BR"));
    }

    @Test
    void missingMessageFallsBackToTheParentLocaleThenTheDefault() {
        TestProvider latinAmerican = new TestProvider("es-419", Map.of("not_e164", "ES-419 not_e164"));
        ErrorCatalog catalog = catalog(TestProvider.complete("en", "EN"),
                TestProvider.complete("es", "ES").without("not_a_hash"), latinAmerican);
        Locale es419 = Locale.forLanguageTag("es-419");

        assertEquals(new ResolvedMessage("not_e164", "ES-419 not_e164", es419, Fallback.NONE), catalog.resolve("not_e164", es419));
        assertEquals(new ResolvedMessage("not_a_string", "ES not_a_string", ES, Fallback.MISSING_MESSAGE),
                catalog.resolve("not_a_string", es419));
        assertEquals(new ResolvedMessage("not_a_hash", "EN not_a_hash", EN, Fallback.MISSING_MESSAGE),
                catalog.resolve("not_a_hash", es419));
        assertEquals(es419, catalog.negotiate("es-MX"), "CLDR: es-MX is closest to es-419");
    }

    @Test
    void messageMissingEverywhereGetsTheGenericMessageNamingTheCode() {
        ErrorCatalog catalog = catalog(TestProvider.complete("en", "EN").without("not_a_hash"), TestProvider.complete("de", "DE")
                .without("not_a_hash"));
        ResolvedMessage message = catalog.resolve("not_a_hash", DE);
        assertEquals(new ResolvedMessage("not_a_hash", "DE errorcatalog.unknown_code not_a_hash", DE, Fallback.MISSING_MESSAGE), message);
        assertTrue(catalog.warnings().stream().anyMatch(w -> w.contains("lack 1 key(s)") && w.contains("not_a_hash")),
                catalog.warnings().toString());
    }

    @Test
    void genericMessagesMissingEverywhereUseTheBuiltInEnglishText() {
        ErrorCatalog catalog = catalog(TestProvider.complete("en", "EN").without("errorcatalog.unknown_code")
                .without("errorcatalog.unexpected_error"));
        assertEquals("An unexpected error occurred (error code: brand_new).", catalog.resolve("brand_new", EN).text());
        assertEquals("An unexpected error occurred.", catalog.resolve("", EN).text());
    }

    // ---- codes --------------------------------------------------------------------------------------

    @Test
    void unknownCodeGetsTheLocalizedGenericMessageNamingIt() {
        ResolvedMessage message = CATALOG.resolve("brand_new_code", DE);
        assertEquals(new ResolvedMessage("brand_new_code", "DE errorcatalog.unknown_code brand_new_code", DE, Fallback.UNKNOWN_CODE),
                message);
    }

    @Test
    void nullOrBlankCodeGetsTheGenericMessageWithoutCode() {
        assertEquals(new ResolvedMessage("", "DE errorcatalog.unexpected_error", DE, Fallback.UNKNOWN_CODE), CATALOG.resolve((String) null, DE));
        assertEquals("DE errorcatalog.unexpected_error", CATALOG.resolve("  ", DE).text());
    }

    @Test
    void longOrControlCharacterCodesAreShownShortenedAndCleaned() {
        String huge = "x".repeat(10_000);
        ResolvedMessage message = CATALOG.resolve(huge, EN);
        assertEquals("EN errorcatalog.unknown_code " + "x".repeat(64) + "…", message.text());
        assertEquals(huge, message.code(), "the code itself is kept, only the text shortens it");
        assertEquals("EN errorcatalog.unknown_code ab", CATALOG.resolve("a\u0000\n\u202Eb", EN).text());
    }

    @Test
    void differentlyCasedCodesResolveToTheCanonicalCode() {
        ResolvedMessage message = CATALOG.resolve("Invalid_Number_FORMAT", DE);
        assertEquals(new ResolvedMessage("invalid_number_format", "DE invalid_number_format", DE, Fallback.NONE), message);
    }

    @Test
    void argumentLessMessagesAreResolvedOnceAndShared() {
        assertSame(CATALOG.resolve(ErrorCode.NOT_E164, DE), CATALOG.resolve("not_e164", DE));
        assertSame(CATALOG.resolve(ErrorCode.NOT_E164, DE), CATALOG.resolve(ErrorCode.NOT_E164, DE, null));
    }

    // ---- arguments ----------------------------------------------------------------------------------

    @Test
    void argumentsAreFormattedForTheLocale() {
        Map<String, Object> args = Map.of("waitDays", 1, "trialWaitDays", 1_000_000);
        assertEquals("DE purchased_too_recently 1 unit 1.000.000 units", CATALOG.resolve("purchased_too_recently", DE, args).text());
        assertEquals("EN purchased_too_recently 1 unit 1,000,000 units", CATALOG.resolve("purchased_too_recently", EN, args).text());
    }

    @Test
    void argumentValuesAreDataNeverPatternSyntax() {
        String hostile = "{waitDays} '{x}' # | '' }{";
        ResolvedMessage message = CATALOG.resolve("max_queued_messages_exceeded", EN, Map.of("subject", hostile));
        assertEquals("EN max_queued_messages_exceeded " + hostile, message.text());
        assertEquals(Fallback.NONE, message.fallback());
    }

    @Test
    void missingOrNullArgumentsPrintTheirPlaceholder() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("subject", null);
        for (Map<String, ?> args : List.of(Map.<String, Object>of(), withNull)) {
            ResolvedMessage message = CATALOG.resolve("max_queued_messages_exceeded", EN, args);
            assertEquals("EN max_queued_messages_exceeded {subject}", message.text());
            assertEquals(Fallback.INVALID_ARGUMENTS, message.fallback());
        }
    }

    @Test
    void wrongTypesPrintAsTextAndPluralsChooseOther() {
        ResolvedMessage message = CATALOG.resolve("incorrect_number_of_sub_use_cases_mixed", EN, Map.of("min", "two", "max", "five"));
        assertEquals("EN incorrect_number_of_sub_use_cases_mixed two five units", message.text());
        assertEquals(Fallback.INVALID_ARGUMENTS, message.fallback());
    }

    @Test
    void extraArgumentsAreIgnored() {
        ResolvedMessage message = CATALOG.resolve("max_queued_messages_exceeded", EN, Map.of("subject", "+1", "other", 3));
        assertEquals("EN max_queued_messages_exceeded +1", message.text());
        assertEquals(Fallback.NONE, message.fallback());
    }

    @Test
    void fallbackReasonsKeepTheMostSevere() {
        ResolvedMessage message = CATALOG.resolve("max_queued_messages_exceeded", Locale.forLanguageTag("pt"), Map.of());
        assertEquals(Fallback.UNSUPPORTED_LOCALE, message.fallback());
        assertEquals("EN max_queued_messages_exceeded {subject}", message.text());
    }

    // ---- strict mode --------------------------------------------------------------------------------

    @Test
    void strictModeResolvesExactMessages() {
        ErrorCatalog strict = catalog(MissingMessagePolicy.STRICT, TestProvider.complete("en", "EN"), TestProvider.complete("de", "DE"));
        assertEquals("DE purchased_too_recently 14 units 30 units",
                strict.resolve("purchased_too_recently", Locale.forLanguageTag("de-AT"), Map.of("waitDays", 14, "trialWaitDays", 30)).text());
    }

    @Test
    void strictModeThrowsWhereFallbackModeWouldFallBack() {
        ErrorCatalog strict = catalog(MissingMessagePolicy.STRICT, TestProvider.complete("en", "EN"),
                TestProvider.complete("de", "DE").without("not_a_hash"));
        assertReason(Fallback.UNKNOWN_CODE, () -> strict.resolve("brand_new", DE));
        assertReason(Fallback.UNKNOWN_CODE, () -> strict.resolve((String) null, DE));
        assertReason(Fallback.UNSUPPORTED_LOCALE, () -> strict.resolve("not_e164", Locale.forLanguageTag("pt")));
        assertReason(Fallback.MISSING_MESSAGE, () -> strict.resolve("not_a_hash", DE));
        assertReason(Fallback.INVALID_ARGUMENTS, () -> strict.resolve("max_queued_messages_exceeded", DE, Map.of()));
        assertReason(Fallback.INVALID_ARGUMENTS, () -> strict.resolve("not_e164", DE, Map.of("subject", "x")));
        assertReason(Fallback.INVALID_ARGUMENTS, () -> strict.resolve("purchased_too_recently", DE,
                Map.of("waitDays", "14", "trialWaitDays", 30)));
    }

    private static void assertReason(Fallback reason, org.junit.jupiter.api.function.Executable call) {
        MessageResolutionException e = assertThrows(MessageResolutionException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
    }

    // ---- negotiation --------------------------------------------------------------------------------

    @Test
    void negotiationFollowsCldrAndQualityValues() {
        Map<String, Locale> cases = new java.util.LinkedHashMap<>();
        cases.put("de-CH", DE);
        cases.put("es-MX", ES);
        cases.put("pt-BR", EN);
        cases.put("pt-BR, es;q=0.5", ES);
        cases.put("de;q=0.5, es;q=0.8", ES);
        cases.put("de;q=0, es;q=0.1", ES);
        cases.put("de-CH, de;q=0", EN);
        cases.put("en_US", EN);
        cases.put("de_DE", DE);
        cases.put("xx-!!;q=0.9, de", DE);
        cases.put("es;q=abc, de;q=1.5, de-AT;q=0.2", DE);
        cases.put("", EN);
        cases.put("*", EN);
        cases.put(",,;;=", EN);
        for (Map.Entry<String, Locale> c : cases.entrySet()) {
            assertEquals(c.getValue(), CATALOG.negotiate(c.getKey()), c.getKey());
        }
        assertEquals(EN, CATALOG.negotiate(null));
    }

    @Test
    void negotiationReadsABoundedPrefixOfAHeader() {
        String tooManyItems = "pt,".repeat(40) + "de";
        assertEquals(EN, CATALOG.negotiate(tooManyItems), "items beyond the bound are ignored");
        assertEquals(DE, CATALOG.negotiate("pt,".repeat(20) + "de"));
        String tooLong = "pt;q=0.5" + " ".repeat(5000) + ",de";
        assertEquals(EN, CATALOG.negotiate(tooLong), "characters beyond the bound are ignored");
    }

    // ---- loading ------------------------------------------------------------------------------------

    @Test
    void catalogWithoutProvidersIsRefusedWithAClearMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> catalog());
        assertTrue(e.getMessage().contains("messages-en"), e.getMessage());
    }

    @Test
    void defaultLocaleMustBeInstalled() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ErrorCatalog.builder()
                .discoverProviders(false).defaultLocale(Locale.JAPANESE).addProvider(TestProvider.complete("en", "EN")).build());
        assertTrue(e.getMessage().contains("ja is not installed; installed: en"), e.getMessage());
    }

    @Test
    void secondProviderForALocaleIsIgnoredWithAWarning() {
        ErrorCatalog catalog = catalog(TestProvider.complete("en", "EN"), TestProvider.complete("de", "DE"),
                TestProvider.complete("de", "ZWEI"));
        assertEquals("DE not_e164", catalog.resolve("not_e164", DE).text());
        assertEquals(1, catalog.warnings().size(), catalog.warnings().toString());
        assertTrue(catalog.warnings().get(0).startsWith("Two message providers for locale de"));
    }

    @Test
    void unusableMessageFallsBackAloneWithOneWarning() {
        ErrorCatalog catalog = catalog(TestProvider.complete("en", "EN"),
                TestProvider.complete("de", "DE").with("not_e164", "Kaputt {").with("not_a_hash", "Kaputt \uFFFD")
                        .with("max_queued_messages_exceeded", "{absender} hat zu viele Nachrichten"));
        for (String code : List.of("not_e164", "not_a_hash", "max_queued_messages_exceeded")) {
            ResolvedMessage message = catalog.resolve(code, DE, Map.of("subject", "s"));
            assertEquals(EN, message.locale(), code);
            assertEquals(Fallback.MISSING_MESSAGE, message.fallback(), code);
        }
        assertEquals("DE not_a_string", catalog.resolve("not_a_string", DE).text());
        assertEquals(3, catalog.warnings().size(), catalog.warnings().toString());
        for (int i = 0; i < 100; i++) {
            catalog.resolve("not_e164", DE);
        }
        assertEquals(3, catalog.warnings().size(), "reported at load, not per request");
    }

    @Test
    void aGenericMessageThatDoesNotNameTheCodeServesAsIs() {
        ErrorCatalog catalog = catalog(TestProvider.complete("en", "EN").without("not_a_hash"),
                TestProvider.complete("de", "DE").without("not_a_hash").with("errorcatalog.unknown_code", "Unbekannter Fehler."));
        assertEquals(new ResolvedMessage("brand_new_code", "Unbekannter Fehler.", DE, Fallback.UNKNOWN_CODE),
                catalog.resolve("brand_new_code", DE));
        assertEquals(new ResolvedMessage("not_a_hash", "Unbekannter Fehler.", DE, Fallback.MISSING_MESSAGE),
                catalog.resolve(ErrorCode.NOT_A_HASH, DE));
        assertEquals(new ResolvedMessage("not_a_hash", "EN errorcatalog.unknown_code not_a_hash", EN, Fallback.MISSING_MESSAGE),
                catalog.resolve(ErrorCode.NOT_A_HASH, EN));
    }

    @Test
    void failingProviderIsSkippedWithAWarning() {
        MessageProvider broken = new MessageProvider() {
            @Override
            public Locale locale() {
                return DE;
            }

            @Override
            public String catalogVersion() {
                return ErrorCatalog.CATALOG_VERSION;
            }

            @Override
            public Map<String, String> messages() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        ErrorCatalog catalog = catalog(TestProvider.complete("en", "EN"), broken);
        assertEquals(List.of(EN), List.copyOf(catalog.locales()));
        assertTrue(catalog.warnings().get(0).contains("disk on fire"), catalog.warnings().toString());
    }

    @Test
    void providerForAnotherCatalogVersionIsUsedWithAWarning() {
        MessageProvider old = TestProvider.complete("de", "DE");
        MessageProvider versioned = new MessageProvider() {
            @Override
            public Locale locale() {
                return old.locale();
            }

            @Override
            public String catalogVersion() {
                return "0";
            }

            @Override
            public Map<String, String> messages() throws IOException {
                return old.messages();
            }
        };
        ErrorCatalog catalog = catalog(TestProvider.complete("en", "EN"), versioned);
        assertEquals("DE not_e164", catalog.resolve("not_e164", DE).text());
        assertEquals(List.of("Message provider " + versioned.getClass().getName() + " for locale de was written for catalog"
                + " version 0, this is " + ErrorCatalog.CATALOG_VERSION + "; it has every key of this version"), catalog.warnings());
    }

    @Test
    void moduleOfCatalogVersionOneIsServedAndLacksTheNewCodesWithOneWarning() {
        Map<String, String> versionOne = new HashMap<>(TestProvider.complete("de", "DE").messages());
        for (ErrorCode code : ErrorCode.values()) {
            if (code.ordinal() > ErrorCode.VERIFICATION_REQUEST_TOO_SOON.ordinal()) {
                versionOne.remove(code.code());
            }
        }
        MessageProvider old = new MessageProvider() {
            @Override
            public Locale locale() {
                return DE;
            }

            @Override
            public String catalogVersion() {
                return "1";
            }

            @Override
            public Map<String, String> messages() {
                return versionOne;
            }
        };
        ErrorCatalog catalog = catalog(TestProvider.complete("en", "EN"), old);
        assertEquals(new ResolvedMessage("verification_request_too_soon", "DE verification_request_too_soon 1 unit", DE,
                Fallback.NONE), catalog.resolve("verification_request_too_soon", DE, Map.of("retryAfterMinutes", 1)));
        assertEquals(new ResolvedMessage("carrier_violation", "EN carrier_violation", EN, Fallback.MISSING_MESSAGE),
                catalog.resolve(ErrorCode.CARRIER_VIOLATION, DE));
        assertEquals(new ResolvedMessage("-32603", "EN -32603", EN, Fallback.MISSING_MESSAGE), catalog.resolve("-32603", DE));
        assertEquals(List.of("Message provider " + old.getClass().getName() + " for locale de was written for catalog version 1,"
                + " this is 2: it lacks 72 of this version's 255 keys, which fall back: associated_campaign_inactive,"
                + " associated_campaign_suspended, body_must_be_empty, body_or_media_required, call_update_failed,"
                + " campaign_throughput_exceeded, cannot_redact_in_progress_message, carrier_violation, character_limit_exceeded,"
                + " custom_variable_value_too_long, …"), catalog.warnings());
    }
}
