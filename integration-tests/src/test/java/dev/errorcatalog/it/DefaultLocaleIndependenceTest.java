package dev.errorcatalog.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import dev.errorcatalog.ResolvedMessage;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The installed locale modules resolve the same under any JVM default locale; the build runs this module's tests
 * again with a Turkish and a French default (the {@code default-locale-*} executions in the POM).
 */
class DefaultLocaleIndependenceTest {

    private static final ErrorCatalog CATALOG = ErrorCatalog.create();

    @Test
    void theBuildReallyStartedTheJvmWithTheExpectedDefaultLocale() {
        String expected = System.getProperty("errorcatalog.expectedDefaultLocale");
        assumeTrue(expected != null, "set by the default-locale-* executions only");
        assertEquals(expected, Locale.getDefault().toLanguageTag());
    }

    @Test
    void upperCaseCodesResolveInEnglishWithEnglishNumbers() {
        ResolvedMessage message = CATALOG.resolve("PURCHASED_TOO_RECENTLY", Locale.forLanguageTag("EN-US"),
                Map.of("waitDays", 1, "trialWaitDays", 1234));
        assertEquals(new ResolvedMessage("purchased_too_recently", "This number was purchased too recently to release."
                + " Please wait 1 day after purchase to release this number or 1,234 days if your account is in trial mode."
                + " Contact Support for further assistance.", Locale.ENGLISH, Fallback.NONE), message);
    }

    @Test
    void theDefaultIsTheCatalogsNotTheJvms() {
        assertEquals(Locale.ENGLISH, CATALOG.negotiate("tr-TR, fr-FR;q=0.9"));
        assertEquals(Locale.ENGLISH, CATALOG.resolve(ErrorCode.INVALID_NUMBER_FORMAT, null).locale());
        assertEquals(Locale.ENGLISH, CATALOG.resolve("ınvalıd_number_format", Locale.ENGLISH).locale());
        assertEquals(Fallback.UNKNOWN_CODE, CATALOG.resolve("ınvalıd_number_format", Locale.ENGLISH).fallback());
    }
}
