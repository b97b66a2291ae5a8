package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Random and mutated bundle bytes never break loading: the catalog builds, every message of the fuzzed locale
 * resolves without throwing, and what is wrong is reported in {@link ErrorCatalog#warnings()}.
 */
@Tag("fuzz")
@AddLifecycleHook(FuzzSeeds.class)
class BundleFuzzTest {

    private static final Locale FUZZED = Locale.GERMAN;
    private static final byte[] VALID = TestBundles.properties(TestBundles.patterns(FUZZED, key -> switch (key) {
        case "purchased_too_recently" -> "Warten Sie {waitDays, plural, one {# Tag} other {# Tage}} ({trialWaitDays, number}).";
        case "max_queued_messages_exceeded" -> "{subject, select, admin {Der Admin} other {{subject}}} – zu viele Nachrichten.";
        default -> null;
    })).getBytes(StandardCharsets.UTF_8);
    private static final byte[] INTERESTING = "{}'#|,=:\\\n\r \t!u0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    private static final Map<String, Object> ARGUMENTS = Map.of("waitDays", 2, "trialWaitDays", 30, "subject", "{x}",
            "min", 1.5, "max", 0, "retryAfterMinutes", -1, "code", "#");

    @Property(tries = 300)
    void randomBytesNeverBreakLoading(@ForAll byte[] bundle) {
        assertLoads(bundle);
    }

    @Property(tries = 1000)
    void mutatedBundlesNeverBreakLoading(@ForAll("mutations") List<Mutation> mutations) {
        byte[] bundle = VALID;
        for (Mutation mutation : mutations) {
            bundle = mutation.apply(bundle);
        }
        assertLoads(bundle);
    }

    @Property(tries = 2000)
    void patternShapedGarbageNeverBreaksLoading(@ForAll("patterns") String waitDays, @ForAll("patterns") String subject,
            @ForAll("patterns") String code) {
        Map<String, String> patterns = TestBundles.patterns(FUZZED, key -> switch (key) {
            case "purchased_too_recently" -> waitDays;
            case "max_queued_messages_exceeded" -> subject.replace("waitDays", "subject");
            case "errorcatalog.unknown_code" -> code.replace("waitDays", "code");
            default -> null;
        });
        assertLoads(TestBundles.properties(patterns).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertLoads(byte[] bundle) {
        ErrorCatalog catalog = TestBundles.catalog(TestBundles.provider(Locale.ENGLISH),
                new TestBundles.InMemoryMessages(FUZZED, bundle));
        for (ErrorCode code : ErrorCode.values()) {
            assertNotNull(catalog.resolve(code, FUZZED, ARGUMENTS).text());
        }
        assertEquals(Fallback.UNKNOWN_CODE, catalog.resolve("no_such_code", FUZZED, ARGUMENTS).fallback());
    }

    /** One change to the bytes of a bundle. */
    record Mutation(int kind, int at, int length, byte value) {
        byte[] apply(byte[] bytes) {
            int position = bytes.length == 0 ? 0 : Math.floorMod(at, bytes.length);
            int end = Math.min(bytes.length, position + length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + length);
            out.write(bytes, 0, position);
            switch (kind) {
                case 0 -> out.write(value); // insert
                case 1 -> { // replace
                    out.write(value);
                    position = Math.min(bytes.length, position + 1);
                }
                case 2 -> position = end; // delete
                case 3 -> out.write(bytes, position, end - position); // duplicate
                default -> { // truncate
                    return out.toByteArray();
                }
            }
            out.write(bytes, position, bytes.length - position);
            return out.toByteArray();
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Byte> values = Arbitraries.oneOf(Arbitraries.bytes(), Arbitraries.of(
                new Byte[] {INTERESTING[0], INTERESTING[1], INTERESTING[2], INTERESTING[3], INTERESTING[4], INTERESTING[5],
                        INTERESTING[6], INTERESTING[8], INTERESTING[9], (byte) 0xC3, (byte) 0xFF, (byte) 0xEF, 0}));
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 4).withDistribution(
                        net.jqwik.api.RandomDistribution.uniform()), Arbitraries.integers(),
                Arbitraries.integers().between(1, 64), values)
                .as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<String> patterns() {
        Arbitrary<String> fragment = Arbitraries.of("{waitDays}", "{waitDays, number}", "{waitDays, number, integer}",
                "{waitDays, number, ::currency/EUR}", "{waitDays, number, #,##0.00}", "{waitDays, number, percent}",
                "{waitDays, number, ::garbage}", "{waitDays, plural, ", "{waitDays, selectordinal, ", "one {# x}", "=0 {zero}",
                "offset:1 ", "other {y}}", "{waitDays, select, a {b} other {c}}", "{waitDays, date, short}",
                "{waitDays, date, ::yyyyMMdd}", "{waitDays, time}", "{waitDays, spellout}", "{waitDays, spellout, %bogus}",
                "{waitDays, ordinal}", "{waitDays, duration}", "{waitDays, choice, 0#a|1#b}", "{waitDays, choice, 1<{waitDays}}",
                "{trialWaitDays, plural, other {{waitDays, date}}}", "{waitDays, nonsense}", "{0}", "{ waitDays }", "'", "''",
                "'{'", "{", "}", "#", "|", ",", "text ", "ü", "\u0000", "\\", "{waitDays,plural,other{#}}", "{\u00A0}",
                // nesting, quoting that depends on the enclosing argument, and near misses of 'other'
                "{waitDays, select, other {", "{waitDays, plural, one {", "} other {", "}}", "'#", "'|", "'}'", "oth {x}",
                "o {", "OTHER {", "{waitDays, SELECT, other {", "{waitDays,\u200Eplural\u200E,other{", "{waitDays, choice, 0#",
                "{waitDays, number, '{'}", "{waitDays, select, other {".repeat(12) + "x" + "}}".repeat(12));
        return fragment.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
