package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Resolution does not depend on the JVM's default locale. The build runs this module's tests again with the JVM
 * started in Turkish ({@code tr-TR}: {@code "I".toLowerCase()} is a dotless {@code ı}) and in French
 * ({@code fr-FR}: numbers group with a narrow space), see the {@code default-locale-*} executions in the POM.
 */
class DefaultLocaleTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final ErrorCatalog CATALOG = TestBundles.catalog(TestBundles.provider(Locale.ENGLISH),
            TestBundles.provider(Locale.GERMAN), TestBundles.provider(TURKISH));

    @Test
    void theBuildReallyStartedTheJvmWithTheExpectedDefaultLocale() {
        String expected = System.getProperty("errorcatalog.expectedDefaultLocale");
        assumeTrue(expected != null, "set by the default-locale-* executions only");
        assertEquals(expected, Locale.getDefault().toLanguageTag());
    }

    @Test
    void theCatalogDefaultIsUsedNeverTheJvmDefault() {
        assertEquals(Locale.ENGLISH, CATALOG.negotiate(null));
        assertEquals(Locale.ENGLISH, CATALOG.negotiate("fr-FR, *"));
        assertEquals(new ResolvedMessage("already_assigned", "en: already_assigned", Locale.ENGLISH, Fallback.UNSUPPORTED_LOCALE),
                CATALOG.resolve(ErrorCode.ALREADY_ASSIGNED, null));
    }

    @Test
    void upperCaseCodesAndTagsWithIResolve() {
        assertEquals(new ResolvedMessage("invalid_number_format", "tr: invalid_number_format", TURKISH, Fallback.NONE),
                CATALOG.resolve("INVALID_NUMBER_FORMAT", TURKISH));
        assertEquals(Fallback.NONE, CATALOG.resolve("Invalid_Number_Format", Locale.GERMAN).fallback());
        assertEquals(TURKISH, CATALOG.negotiate("TR-TR, EN;Q=0.5"));
        assertEquals(Locale.GERMAN, CATALOG.negotiate("DE-LI, EN;Q=0.5"));
    }

    @Test
    void numbersAreFormattedForTheMessageLocale() {
        Map<String, Object> arguments = Map.of("min", 1234.5, "max", 1234);
        assertEquals("en: incorrect_number_of_sub_use_cases_mixed 1,234.5 1,234 items",
                CATALOG.resolve(ErrorCode.INCORRECT_NUMBER_OF_SUB_USE_CASES_MIXED, Locale.ENGLISH, arguments).text());
        assertEquals("de: incorrect_number_of_sub_use_cases_mixed 1.234,5 1.234 items",
                CATALOG.resolve(ErrorCode.INCORRECT_NUMBER_OF_SUB_USE_CASES_MIXED, Locale.GERMAN, arguments).text());
    }
}
