package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Argument values are data: whatever a caller passes (pattern syntax, {@code null}, the wrong type, NaN, huge
 * numbers, objects that throw), resolving in fallback mode prints it or reports it, and never throws.
 *
 * <p>English uses each argument plainly ({@code {subject}}, {@code {min, number}}, a plural); French uses
 * {@code select}, {@code selectordinal}, {@code number, integer} and {@code choice} (which is formatted by ICU's
 * own {@code MessageFormat}), so both formatting paths see every value.
 */
@AddLifecycleHook(FuzzSeeds.class)
class ArgumentValuesTest {

    private static final Map<String, String> FRENCH = Map.of(
            "max_queued_messages_exceeded", "{subject, select, admin {L''admin} other {{subject} a trop de messages}}",
            "purchased_too_recently",
            "Attendez {waitDays, choice, 0#aucun jour|1#un jour|1<{waitDays, number} jours} ou {trialWaitDays, plural, "
                    + "offset:1 =0 {rien} one {# jour} other {# jours}}.",
            "incorrect_number_of_sub_use_cases_low_volume",
            "De {min, number, integer} à {max, selectordinal, one {#er} other {#e}} cas.");
    private static final ErrorCatalog CATALOG = TestBundles.catalog(TestBundles.provider(Locale.ENGLISH),
            new TestBundles.InMemoryMessages(Locale.FRENCH,
                    TestBundles.properties(TestBundles.patterns(Locale.FRENCH, FRENCH::get))));
    private static final List<ErrorCode> CODES = List.of(ErrorCode.MAX_QUEUED_MESSAGES_EXCEEDED,
            ErrorCode.PURCHASED_TOO_RECENTLY, ErrorCode.INCORRECT_NUMBER_OF_SUB_USE_CASES_LOW_VOLUME,
            ErrorCode.VERIFICATION_REQUEST_TOO_SOON);

    @Example
    void theFrenchPatternsLoadAndUseBothFormattingPaths() {
        assertEquals(List.of(), CATALOG.warnings());
        assertEquals("Attendez un jour ou 29 jours.", CATALOG.resolve(ErrorCode.PURCHASED_TOO_RECENTLY, Locale.FRENCH,
                Map.of("waitDays", 1, "trialWaitDays", 30)).text());
        assertEquals("De 3 à 2e cas.", CATALOG.resolve(ErrorCode.INCORRECT_NUMBER_OF_SUB_USE_CASES_LOW_VOLUME, Locale.FRENCH,
                Map.of("min", 3, "max", 2)).text());
    }

    @Property(tries = 3000)
    void anyValuesResolveWithoutThrowing(@ForAll("codes") ErrorCode code, @ForAll("locales") Locale locale,
            @ForAll("values") Object first, @ForAll("values") Object second) {
        Map<String, Object> arguments = new HashMap<>();
        List<Argument> declared = code.arguments();
        arguments.put(declared.get(0).name(), first);
        arguments.put(declared.get(declared.size() - 1).name(), second);
        arguments.put("undeclared", first);
        ResolvedMessage message = CATALOG.resolve(code, locale, arguments);
        assertNotNull(message.text());
        assertTrue(message.fallback() != Fallback.MISSING_MESSAGE && message.fallback() != Fallback.UNKNOWN_CODE,
                message::toString);
    }

    @Property(tries = 2000)
    void textValuesArePrintedAsTheyAre(@ForAll("texts") String subject) {
        ResolvedMessage english = CATALOG.resolve(ErrorCode.MAX_QUEUED_MESSAGES_EXCEEDED, Locale.ENGLISH,
                Map.of("subject", subject));
        assertEquals(new ResolvedMessage("max_queued_messages_exceeded", "en: max_queued_messages_exceeded " + subject,
                Locale.ENGLISH, Fallback.NONE), english);
        String french = CATALOG.resolve("max_queued_messages_exceeded", Locale.FRENCH, Map.of("subject", subject)).text();
        assertEquals(subject.equals("admin") ? "L'admin" : subject + " a trop de messages", french);
    }

    @Example
    void patternSyntaxInValuesIsNotInterpreted() {
        for (String value : List.of("{waitDays}", "{0}", "'{'", "''", "#", "a|b", "{x, plural, other {#}}", "}{", "'")) {
            assertEquals("en: max_queued_messages_exceeded " + value,
                    CATALOG.resolve("max_queued_messages_exceeded", Locale.ENGLISH, Map.of("subject", value)).text());
        }
    }

    @Example
    void missingNullAndWrongTypesAreReported() {
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("waitDays", null);
        ResolvedMessage missing = CATALOG.resolve("purchased_too_recently", Locale.ENGLISH, nulls);
        assertEquals("en: purchased_too_recently {waitDays} {trialWaitDays}", missing.text());
        assertEquals(Fallback.INVALID_ARGUMENTS, missing.fallback());
        ResolvedMessage wrongType = CATALOG.resolve(ErrorCode.VERIFICATION_REQUEST_TOO_SOON, Locale.ENGLISH,
                Map.of("retryAfterMinutes", "five"));
        assertEquals(new ResolvedMessage("verification_request_too_soon", "en: verification_request_too_soon five items",
                Locale.ENGLISH, Fallback.INVALID_ARGUMENTS), wrongType);
        ResolvedMessage icuWrongType = CATALOG.resolve(ErrorCode.PURCHASED_TOO_RECENTLY, Locale.FRENCH,
                Map.of("waitDays", "one", "trialWaitDays", 2));
        assertEquals(Fallback.INVALID_ARGUMENTS, icuWrongType.fallback());
        assertTrue(icuWrongType.text().contains("purchased_too_recently"), icuWrongType::text);
    }

    @Example
    void notANumberAndInfinityArePrinted() {
        assertEquals("en: verification_request_too_soon NaN items", CATALOG.resolve(ErrorCode.VERIFICATION_REQUEST_TOO_SOON,
                Locale.ENGLISH, Map.of("retryAfterMinutes", Double.NaN)).text());
        assertEquals("en: verification_request_too_soon -∞ items", CATALOG.resolve(ErrorCode.VERIFICATION_REQUEST_TOO_SOON,
                Locale.ENGLISH, Map.of("retryAfterMinutes", Double.NEGATIVE_INFINITY)).text());
        // ICU's MessageFormat (used for the French choice) throws AssertionError for NaN when assertions are on,
        // as they are in these tests
        ResolvedMessage icu = CATALOG.resolve(ErrorCode.PURCHASED_TOO_RECENTLY, Locale.FRENCH,
                Map.of("waitDays", 0, "trialWaitDays", Double.NaN));
        assertTrue(icu.fallback() == Fallback.NONE || icu.fallback() == Fallback.INVALID_ARGUMENTS, icu::toString);
    }

    /**
     * {@code 1E+999999999} is an 11-character {@link BigDecimal}; ICU would write out its billion digits (tens of
     * seconds, then {@link OutOfMemoryError}). Numbers with more than 1,000 integer digits print as Java writes
     * them and are reported as invalid.
     */
    @Example
    void hugeNumbersArePrintedCompactly() {
        ResolvedMessage message = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CATALOG.resolve(
                ErrorCode.VERIFICATION_REQUEST_TOO_SOON, Locale.ENGLISH, Map.of("retryAfterMinutes", new BigDecimal("1e999999999"))));
        assertEquals(new ResolvedMessage("verification_request_too_soon", "en: verification_request_too_soon 1E+999999999 items",
                Locale.ENGLISH, Fallback.INVALID_ARGUMENTS), message);
        BigDecimal scaleAtTheLimit = new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE);
        ResolvedMessage icu = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CATALOG.resolve(
                ErrorCode.PURCHASED_TOO_RECENTLY, Locale.FRENCH, Map.of("waitDays", scaleAtTheLimit, "trialWaitDays", 2)));
        assertEquals(Fallback.INVALID_ARGUMENTS, icu.fallback());
        ResolvedMessage icuDecimal = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CATALOG.resolve(
                ErrorCode.VERIFICATION_REQUEST_TOO_SOON, Locale.ENGLISH,
                Map.of("retryAfterMinutes", new com.ibm.icu.math.BigDecimal("1e999999"))));
        assertEquals("en: verification_request_too_soon 1E+999999 items", icuDecimal.text());
        String googol = BigInteger.TEN.pow(100).toString();
        assertEquals("en: verification_request_too_soon " + String.format(Locale.ROOT, "%,d", BigInteger.TEN.pow(100)) + " items",
                CATALOG.resolve(ErrorCode.VERIFICATION_REQUEST_TOO_SOON, Locale.ENGLISH,
                        Map.of("retryAfterMinutes", new BigInteger(googol))).text(),
                "numbers of ordinary size are formatted for the locale");
    }

    @Example
    void valuesThatThrowGiveTheGenericMessage() {
        Object hostile = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("toString");
            }
        };
        ResolvedMessage message = CATALOG.resolve("max_queued_messages_exceeded", Locale.ENGLISH, Map.of("subject", hostile));
        assertEquals(new ResolvedMessage("max_queued_messages_exceeded",
                "en: errorcatalog.unknown_code max_queued_messages_exceeded", Locale.ENGLISH, Fallback.INVALID_ARGUMENTS), message);
    }

    @Provide
    Arbitrary<ErrorCode> codes() {
        return Arbitraries.of(CODES);
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.ENGLISH, Locale.FRENCH, Locale.CANADA_FRENCH, Locale.JAPANESE);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("{}'#|,=\\ \n\tadmin0123456789").ofMaxLength(40),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("{}'#|").ofMinLength(10_000).ofMaxLength(20_000),
                Arbitraries.of("admin", "other", "", "{subject}", "{0}"));
    }

    @Provide
    Arbitrary<Object> values() {
        Object throwingToString = new Object() {
            @Override
            public String toString() {
                throw new UnsupportedOperationException("toString");
            }
        };
        Number throwingNumber = new Number() {
            private static final long serialVersionUID = 1L;

            @Override public int intValue() { throw new ArithmeticException("int"); }
            @Override public long longValue() { throw new ArithmeticException("long"); }
            @Override public float floatValue() { throw new ArithmeticException("float"); }
            @Override public double doubleValue() { throw new ArithmeticException("double"); }
        };
        return Arbitraries.oneOf(
                texts().map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(Double.POSITIVE_INFINITY)
                        .withSpecialValue(Double.NEGATIVE_INFINITY).withSpecialValue(-0.0).map(Object.class::cast),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(400).negate(), BigInteger.TEN.pow(400)).map(Object.class::cast),
                Arbitraries.integers().map(scale -> new BigDecimal(BigInteger.valueOf(scale % 1000), scale)),
                Arbitraries.of(null, true, 'x', new Date(0), List.of("{a}"), Map.of("#", "|"), new AtomicLong(7),
                        new com.ibm.icu.math.BigDecimal("1e999999"), new StringBuilder("{sb}"), throwingToString,
                        throwingNumber, Float.NaN, Long.MIN_VALUE, (byte) 1, (short) -1));
    }
}
