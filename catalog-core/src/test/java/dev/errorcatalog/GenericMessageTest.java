package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generic messages asked for by key, above all {@link MessageKey#WITH_ATTRIBUTE}. */
class GenericMessageTest {

    private static final Locale DE = Locale.GERMAN;
    private static final Map<String, String> ARGUMENTS = Map.of("message", "M", "attribute", "to");

    private static ErrorCatalog catalog(MissingMessagePolicy policy, TestProvider... providers) {
        ErrorCatalog.Builder builder = ErrorCatalog.builder().discoverProviders(false).missingMessagePolicy(policy);
        for (TestProvider provider : providers) {
            builder.addProvider(provider);
        }
        return LoggedWarnings.build(builder); // the bundles that lack the key log it once: captured, not printed
    }

    @Test
    void withAttributeResolvesInTheLocaleWithBothArguments() {
        ErrorCatalog catalog = catalog(MissingMessagePolicy.FALLBACK,
                TestProvider.complete("en", "EN"), TestProvider.complete("de", "DE"));
        assertEquals(new ResolvedMessage("errorcatalog.with_attribute", "DE errorcatalog.with_attribute M to", DE, Fallback.NONE),
                catalog.resolve(MessageKey.WITH_ATTRIBUTE, Locale.forLanguageTag("de-AT"), ARGUMENTS));
    }

    @Test
    void aLocaleWithoutTheKeyFallsBackAlongItsChainAndSaysSo() {
        ErrorCatalog catalog = catalog(MissingMessagePolicy.FALLBACK,
                TestProvider.complete("en", "EN"), TestProvider.complete("de", "DE").without("errorcatalog.with_attribute"));
        assertEquals(1, catalog.warnings().size(), catalog.warnings()::toString);
        assertTrue(catalog.warnings().get(0).contains("lack 1 key(s), which fall back: errorcatalog.with_attribute"),
                catalog.warnings()::toString);
        ResolvedMessage message = catalog.resolve(MessageKey.WITH_ATTRIBUTE, DE, ARGUMENTS);
        assertEquals("EN errorcatalog.with_attribute M to", message.text());
        assertEquals(Locale.ENGLISH, message.locale());
        assertEquals(Fallback.MISSING_MESSAGE, message.fallback());
        assertEquals(Fallback.UNSUPPORTED_LOCALE,
                catalog.resolve(MessageKey.WITH_ATTRIBUTE, Locale.JAPANESE, ARGUMENTS).fallback());
    }

    @Test
    void withoutAnyBundleMessageTheBuiltInEnglishWrapperServes() {
        ErrorCatalog catalog = catalog(MissingMessagePolicy.FALLBACK,
                TestProvider.complete("en", "EN").without("errorcatalog.with_attribute"));
        assertEquals("M (parameter: to)", catalog.resolve(MessageKey.WITH_ATTRIBUTE, Locale.ENGLISH, ARGUMENTS).text());
    }

    @Test
    void aCodeKeyResolvesAsTheCodeAndAForeignKeyIsRejected() {
        ErrorCatalog catalog = catalog(MissingMessagePolicy.FALLBACK, TestProvider.complete("en", "EN"));
        assertEquals(catalog.resolve(ErrorCode.NOT_E164, Locale.ENGLISH),
                catalog.resolve(ErrorCode.NOT_E164.key(), Locale.ENGLISH, Map.of()));
        assertEquals("EN errorcatalog.unknown_code x",
                catalog.resolve(MessageKey.UNKNOWN_CODE, Locale.ENGLISH, Map.of("code", "x")).text());
        assertThrows(IllegalArgumentException.class,
                () -> catalog.resolve(new MessageKey("errorcatalog.nope", List.of()), Locale.ENGLISH, Map.of()));
    }

    @Test
    void strictModeThrowsForAMissingArgumentOrAFallback() {
        ErrorCatalog catalog = catalog(MissingMessagePolicy.STRICT,
                TestProvider.complete("en", "EN"), TestProvider.complete("de", "DE").without("errorcatalog.with_attribute"));
        assertEquals("EN errorcatalog.with_attribute M to",
                catalog.resolve(MessageKey.WITH_ATTRIBUTE, Locale.ENGLISH, ARGUMENTS).text());
        assertThrows(MessageResolutionException.class,
                () -> catalog.resolve(MessageKey.WITH_ATTRIBUTE, Locale.ENGLISH, Map.of("message", "M")));
        assertThrows(MessageResolutionException.class, () -> catalog.resolve(MessageKey.WITH_ATTRIBUTE, DE, ARGUMENTS));
    }
}
