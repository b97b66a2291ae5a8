package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Codes as a request may carry them: each gets a defined result, and an unknown one is shown sanitised. */
@AddLifecycleHook(FuzzSeeds.class)
class CodeInputTest {

    private static final ErrorCatalog CATALOG = TestBundles.catalog(TestBundles.provider(Locale.ENGLISH),
            TestBundles.provider(Locale.GERMAN));
    private static final String GENERIC = "en: errorcatalog.unknown_code ";

    @Example
    void nullEmptyAndBlankCodesGetTheUnexpectedErrorMessage() {
        assertEquals(new ResolvedMessage("", "de: errorcatalog.unexpected_error", Locale.GERMAN, Fallback.UNKNOWN_CODE),
                CATALOG.resolve((String) null, Locale.GERMAN));
        assertEquals(new ResolvedMessage("", "de: errorcatalog.unexpected_error", Locale.GERMAN, Fallback.UNKNOWN_CODE),
                CATALOG.resolve("", Locale.GERMAN, null));
        assertEquals(Fallback.UNKNOWN_CODE, CATALOG.resolve(" \t\n", Locale.GERMAN).fallback());
    }

    @Example
    void anUnknownCodeIsNamedInTheGenericMessage() {
        assertEquals(new ResolvedMessage("new_error_code", GENERIC + "new_error_code", Locale.ENGLISH, Fallback.UNKNOWN_CODE),
                CATALOG.resolve("new_error_code", Locale.ENGLISH, Map.of("unused", "{x}")));
    }

    @Example
    void aLongCodeIsShownShortened() {
        String tenKilobytes = "already_assigned".repeat(640);
        ResolvedMessage message = CATALOG.resolve(tenKilobytes, Locale.ENGLISH);
        assertEquals(Fallback.UNKNOWN_CODE, message.fallback());
        assertEquals(GENERIC + tenKilobytes.substring(0, 64) + "…", message.text());
        assertEquals(tenKilobytes, message.code(), "the code is reported as given");
    }

    @Example
    void controlAndFormatCharactersAreNotShown() {
        ResolvedMessage message = CATALOG.resolve("evil\r\nSet-Cookie: a=b\u0000\u202E\u200B", Locale.ENGLISH);
        assertEquals(GENERIC + "evilSet-Cookie: a=b", message.text());
        String surrogates = "😀".repeat(100);
        assertEquals(GENERIC + "😀".repeat(64) + "…", CATALOG.resolve(surrogates, Locale.ENGLISH).text(),
                "shortened by code points, never in the middle of a surrogate pair");
    }

    @Property(tries = 500)
    void anyCaseOfAKnownCodeResolvesToIt(@ForAll("codes") ErrorCode code, @ForAll long caseBits) {
        StringBuilder cased = new StringBuilder(code.code());
        for (int i = 0; i < cased.length(); i++) {
            if ((caseBits >>> (i % 64) & 1) == 1) {
                cased.setCharAt(i, Character.toUpperCase(cased.charAt(i)));
            }
        }
        ResolvedMessage message = CATALOG.resolve(cased.toString(), Locale.GERMAN, Map.of());
        assertEquals(code.code(), message.code());
        assertTrue(message.text().startsWith("de: " + code.code()), message::text);
    }

    @Example
    void lookalikesOfLettersAreNotCodes() {
        // Turkish dotless ı and dotted İ: what toLowerCase()/toUpperCase() produce under a Turkish default locale
        assertEquals(Fallback.UNKNOWN_CODE, CATALOG.resolve("ınvalıd_number_format", Locale.ENGLISH).fallback());
        assertEquals(Fallback.UNKNOWN_CODE, CATALOG.resolve("İNVALİD_NUMBER_FORMAT", Locale.ENGLISH).fallback());
        // the Kelvin sign lower-cases to an ASCII k, but is no letter of a code
        assertEquals(Fallback.UNKNOWN_CODE, CATALOG.resolve("duplicate_s\u212Aill_type", Locale.ENGLISH).fallback());
        assertEquals(Fallback.NONE, CATALOG.resolve("INVALID_NUMBER_FORMAT", Locale.ENGLISH).fallback());
    }

    @Property(tries = 2000)
    void anyStringHasADefinedResult(@ForAll String code) {
        ResolvedMessage message = CATALOG.resolve(code, Locale.GERMAN);
        String lower = code.toLowerCase(Locale.ROOT);
        boolean known = code.chars().allMatch(c -> c < 0x80)
                && (ErrorCode.fromCode(lower).isPresent() || ErrorCode.renames().containsKey(lower));
        assertEquals(known ? Fallback.NONE : Fallback.UNKNOWN_CODE, message.fallback());
        assertTrue(message.text().codePoints().noneMatch(Character::isISOControl), message::text);
    }

    @Example
    void aRenamedCodeResolvesToItsSuccessorWithoutFallback() {
        ResolvedMessage message = CATALOG.resolve("http_url_required", Locale.GERMAN);
        assertEquals(new ResolvedMessage("not_an_http_url", "de: not_an_http_url", Locale.GERMAN, Fallback.NONE,
                "http_url_required"), message);
        assertTrue(message.isRenamed());
        assertFalse(message.isFallback());
        assertEquals(CATALOG.resolve(ErrorCode.NOT_AN_HTTP_URL, Locale.GERMAN).text(), message.text());
        assertNull(CATALOG.resolve("not_an_http_url", Locale.GERMAN).renamedFrom(), "a current code is no rename");
        assertFalse(CATALOG.resolve("not_an_http_url", Locale.GERMAN).isRenamed());
    }

    @Example
    void aRenamedCodeTakesItsSuccessorsArguments() {
        ResolvedMessage message = CATALOG.resolve("incorrect_number_of_sub_use_cases", Locale.ENGLISH,
                Map.of("min", 2, "max", 5));
        assertEquals("incorrect_number_of_sub_use_cases_mixed", message.code());
        assertEquals("en: incorrect_number_of_sub_use_cases_mixed 2 5 items", message.text());
        assertEquals("incorrect_number_of_sub_use_cases", message.renamedFrom());
        assertEquals(Fallback.NONE, message.fallback());
        assertEquals(Fallback.INVALID_ARGUMENTS,
                CATALOG.resolve("incorrect_number_of_sub_use_cases", Locale.ENGLISH).fallback(),
                "a rename is no fallback, but missing arguments still are");
    }

    @Example
    void renamedCodesMatchIgnoringAsciiCaseOnly() {
        ResolvedMessage upper = CATALOG.resolve("DateTime_Required", Locale.ENGLISH);
        assertEquals("not_a_datetime", upper.code());
        assertEquals("DateTime_Required", upper.renamedFrom(), "the old code as given");
        assertEquals(Fallback.UNKNOWN_CODE, CATALOG.resolve("DATET\u0130ME_REQUIRED", Locale.ENGLISH).fallback(),
                "a Turkish dotted capital I is no letter of a code");
        assertEquals(Fallback.UNKNOWN_CODE, CATALOG.resolve("STR\u0130NG_REQUIRED", Locale.ENGLISH).fallback());
    }

    @Example
    void everyRenameResolvesToItsSuccessor() {
        ErrorCode.renames().forEach((old, successor) -> {
            ResolvedMessage message = CATALOG.resolve(old, Locale.GERMAN);
            assertEquals(successor.code(), message.code(), old);
            assertEquals(old, message.renamedFrom());
            assertTrue(message.text().startsWith("de: " + successor.code()), message::text);
        });
    }

    @Example
    void strictModeTreatsARenameAsASuccess() {
        ErrorCatalog strict = ErrorCatalog.builder().discoverProviders(false).addProvider(TestBundles.provider(Locale.ENGLISH))
                .missingMessagePolicy(MissingMessagePolicy.STRICT).build();
        ResolvedMessage message = strict.resolve("HTTP_URL_REQUIRED", Locale.ENGLISH);
        assertEquals("not_an_http_url", message.code());
        assertEquals("HTTP_URL_REQUIRED", message.renamedFrom());
        assertThrows(MessageResolutionException.class, () -> strict.resolve("http_url_required", Locale.ENGLISH,
                Map.of("undeclared", 1)), "the successor's arguments are checked as for the successor itself");
    }

    @Example
    void jsonRpcCodesResolveAsStrings() {
        ResolvedMessage message = CATALOG.resolve("-32001", Locale.GERMAN);
        assertEquals(new ResolvedMessage("-32001", "de: -32001", Locale.GERMAN, Fallback.NONE), message);
        assertEquals(message, CATALOG.resolve(ErrorCode.CONVERSATION_NOT_FOUND, Locale.GERMAN));
        assertEquals(Fallback.UNKNOWN_CODE, CATALOG.resolve("-32000", Locale.GERMAN).fallback());
        assertEquals(Fallback.UNKNOWN_CODE, CATALOG.resolve("32001", Locale.GERMAN).fallback());
    }

    @Example
    void strictModeThrowsItsOwnExceptionForUnknownCodes() {
        ErrorCatalog strict = ErrorCatalog.builder().discoverProviders(false).addProvider(TestBundles.provider(Locale.ENGLISH))
                .missingMessagePolicy(MissingMessagePolicy.STRICT).build();
        for (String code : new String[] {null, "", "x".repeat(10_240), "nope\u0000"}) {
            MessageResolutionException e = assertThrows(MessageResolutionException.class,
                    () -> strict.resolve(code, Locale.ENGLISH));
            assertEquals(Fallback.UNKNOWN_CODE, e.reason());
            assertTrue(e.getMessage().length() < 100 && e.getMessage().chars().noneMatch(Character::isISOControl),
                    e::getMessage);
        }
    }

    @Provide
    Arbitrary<ErrorCode> codes() {
        return Arbitraries.of(ErrorCode.class);
    }
}
