package dev.errorcatalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.errorcatalog.Argument;
import dev.errorcatalog.MessageKey;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Formats every message of every locale bundle, and synthetic patterns, both with {@link CompiledMessage}
 * and with ICU's own {@link MessageFormat}, and requires identical strings.
 *
 * <p>The bundles are read from the locale modules' source trees, so the test covers whatever keys they
 * hold today. Numbers come from a fixed list of awkward values plus samples of every plural category of
 * the locale; text comes from a list of values that look like pattern syntax.
 */
class CompiledMessageDifferentialTest {

    private static final Path MODULES = Path.of("..");
    private static final List<String> BUNDLE_LOCALES = List.of("en", "es", "de");
    /** Locales with many plural categories, for the synthetic patterns. */
    private static final List<String> SYNTHETIC_LOCALES = List.of("en", "es", "de", "fr", "ru", "ar", "cy", "pl", "ja");

    private static final List<Number> NUMBERS = List.of(0, 1, 2, 3, 5, 11, 21, 22, 100, 101, 1_000_000, -1, -2,
            1.5, 0.5, 2.0, 1.0, -0.0, 0.1 + 0.2, 1e20, 1.23456789e-7, 1.0e21,
            Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, Integer.MAX_VALUE, (short) 7, (byte) -3, 1.1f,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE,
            new BigDecimal("1234.5678"), new BigDecimal("1.000"), new BigDecimal("1E+3"), new BigDecimal("-0.00"),
            new BigDecimal("12345678901234567890.123456789"), new BigInteger("1" + "0".repeat(40)),
            new BigInteger("-98765432109876543210"), new com.ibm.icu.math.BigDecimal("2.50"), new AtomicLong(42));

    private static final List<Number> TAME_NUMBERS = List.of(0, 1, 2, 5, 21, 1_000_000, 1.5, -1, new BigDecimal("2.50"));

    private static final List<Object> TEXTS = List.of("", " ", "{", "}", "'", "''", "#", "|", "{x}", "{0}", "'{'",
            "{code, plural, one {#} other {#}}", "a".repeat(10_000), "\uD83D\uDE00 \uD835\uDD4F", "\uD800", "\u0000\t\n",
            "<script>alert(1)</script>", "%s %n", 7, 1.5, new BigDecimal("3.0"), List.of("a", "b"), new Date(0));

    private static final List<String> SYNTHETIC = List.of(
            "no arguments: it''s '{quoted}' and '#' and 'a'b and # and '' and '{' '}'",
            "'{unclosed quote",
            "trailing apostrophe '",
            "'}' and '' and ''' and '|' and a'{'b",
            "plain {a} and {b}",
            "{n, number} / {n, number, integer} / {n}",
            "{n, plural, one {# item} other {# items}}",
            "{n, plural, offset:1 =0 {nobody} =1 {just {who}} one {{who} and # other} other {{who} and # others}}",
            "{n, plural, =0 {none} =1 {exactly one} =1 {shadowed} one {one: #} few {few: #} many {many: #} other {other: #}}",
            "{n, plural, zero {z #} one {o #} two {t #} few {f #} many {m #} other {x #}}",
            "{n, plural, other {only other #}}",
            "{n, plural, =5 {five} other {# and {n}}}",
            "{n, plural, offset:2 other {# left of {n}}}",
            "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}",
            "{g, select, female {she} male {he} other {they}} {g, select, other {only}}",
            "{g, select, female {{n, plural, one {she has # cat} other {she has # cats}}} other {{n, plural, one {they have # cat} other {they have # cats}}}}",
            "{n, plural, one {{g, select, a {# a#} other {# o#}}} other {{g, select, a {#a} other {#o}}}}",
            "{n, plural, one {{m, plural, one {# and one} other {# and many}}} other {{m, plural, =2 {#: two} other {#: more}}}}",
            "it''s '{quoted}' and '#' and 'a'b and # and '' and '{n}' {n}",
            "{n, plural, one {it''s '#' #} other {'{'#'}'}}",
            "trailing quote '{n}",
            "'{unclosed {n}",
            // constructs left to ICU's own MessageFormat
            "{n, plural, one {{n, number, integer} item} other {{n, number, percent} items}}",
            "{n, number, percent} {n, number, currency} {n, number, #,##0.00}",
            "{n, spellout} {n, ordinal} {n, duration}",
            "{n, choice, 0#none|1#one|1<many {n}}",
            "{d, date} {d, time, short} {d, date, yyyy-MM-dd}");

    // ---- bundles ------------------------------------------------------------------------------------

    static Stream<Arguments> bundleMessages() throws IOException {
        Map<String, MessageKey> keys = new HashMap<>();
        MessageKey.all().forEach(k -> keys.put(k.key(), k));
        List<Arguments> messages = new ArrayList<>();
        for (String tag : BUNDLE_LOCALES) {
            Path file = MODULES.resolve("messages-" + tag + "/src/main/resources/dev/errorcatalog/messages/" + tag
                    + "/messages_" + tag + ".properties");
            if (!Files.exists(file)) {
                continue;
            }
            PropertyResourceBundle bundle;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                bundle = new PropertyResourceBundle(reader);
            }
            for (String key : new TreeSet<>(bundle.keySet())) {
                MessageKey messageKey = keys.get(key);
                List<Argument> declared = messageKey == null ? List.of() : messageKey.arguments();
                messages.add(Arguments.of(tag, key, bundle.getString(key), declared));
            }
        }
        return messages.stream();
    }

    @Test
    void bundlesOfTheSourceTreeAreFound() throws IOException {
        assertTrue(bundleMessages().anyMatch(m -> m.get()[0].equals("en")), "no English messages under " + MODULES.toAbsolutePath());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bundleMessages")
    void bundleMessageFormatsAsIcuDoesWithExampleNumberAndHostileValues(String tag, String key, String pattern,
            List<Argument> declared) {
        ULocale locale = new ULocale(tag);
        CompiledMessage compiled = CompiledMessage.compile(pattern, new Formatters(locale));
        Map<String, Object> examples = new LinkedHashMap<>();
        declared.forEach(a -> examples.put(a.name(), a.example()));
        compiled.arguments().keySet().forEach(name -> examples.putIfAbsent(name, 5));
        assertSameAsIcu(pattern, locale, compiled, examples);
        for (Map<String, Object> values : variations(compiled, examples, locale)) {
            assertSameAsIcu(pattern, locale, compiled, values);
        }
    }

    // ---- synthetic patterns -------------------------------------------------------------------------

    static Stream<Arguments> syntheticPatterns() {
        return SYNTHETIC.stream().flatMap(p -> SYNTHETIC_LOCALES.stream().map(l -> Arguments.of(p, l)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("syntheticPatterns")
    void syntheticPatternFormatsAsIcuDoes(String pattern, String tag) {
        ULocale locale = new ULocale(tag);
        CompiledMessage compiled = CompiledMessage.compile(pattern, new Formatters(locale));
        Map<String, Object> defaults = new LinkedHashMap<>();
        compiled.arguments().forEach((name, kind) -> defaults.put(name,
                name.equals("d") ? new Date(86_400_000L * 365 * 30) : kind.needsNumber() ? 3 : "x"));
        assertSameAsIcu(pattern, locale, compiled, defaults);
        for (Map<String, Object> values : variations(compiled, defaults, locale)) {
            assertSameAsIcu(pattern, locale, compiled, values);
        }
        // a missing argument prints as its placeholder in both
        for (String name : compiled.arguments().keySet()) {
            Map<String, Object> missing = new LinkedHashMap<>(defaults);
            missing.remove(name);
            assertSameAsIcu(pattern, locale, compiled, missing);
        }
    }

    @Test
    void compilesTheCommonConstructsAndLeavesTheRestToIcu() {
        Formatters en = new Formatters(ULocale.ENGLISH);
        for (String pattern : SYNTHETIC.subList(0, SYNTHETIC.indexOf("{n, plural, one {{n, number, integer} item} other {{n, number, percent} items}}"))) {
            assertFalse(CompiledMessage.compile(pattern, en).usesIcuFormat(), pattern);
        }
        for (String pattern : SYNTHETIC.subList(SYNTHETIC.size() - 5, SYNTHETIC.size())) {
            assertTrue(CompiledMessage.compile(pattern, en).usesIcuFormat(), pattern);
        }
    }

    // ---- documented differences from ICU ------------------------------------------------------------

    @Test
    void nullArgumentPrintsItsPlaceholderWhereIcuPrintsNull() {
        CompiledMessage message = CompiledMessage.compile("a {x} {n, plural, other {#}}", new Formatters(ULocale.ENGLISH));
        Map<String, Object> values = new HashMap<>();
        values.put("x", null);
        values.put("n", null);
        StringBuilder out = new StringBuilder();
        assertFalse(message.format(values, out));
        assertEquals("a {x} {n}", out.toString());
    }

    @Test
    void textWhereANumberIsExpectedPrintsAsTextAndPluralChoosesOther() {
        CompiledMessage message = CompiledMessage.compile("{n, number}; {m, plural, one {one #} other {other #}}",
                new Formatters(ULocale.ENGLISH));
        StringBuilder out = new StringBuilder();
        assertFalse(message.format(Map.of("n", "{n}", "m", "1"), out));
        assertEquals("{n}; other 1", out.toString());
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** One value map per awkward value of each argument, the other arguments keeping their defaults. */
    private static List<Map<String, Object>> variations(CompiledMessage compiled, Map<String, Object> defaults, ULocale locale) {
        // ICU's rule-based (spellout) formats take minutes over some doubles, such as Double.MIN_VALUE
        boolean ruleBased = compiled.pattern().contains("spellout");
        Set<Number> numbers = new LinkedHashSet<>(ruleBased ? TAME_NUMBERS : NUMBERS);
        for (PluralRules.PluralType type : PluralRules.PluralType.values()) {
            PluralRules rules = PluralRules.forLocale(locale, type);
            for (String keyword : rules.getKeywords()) {
                for (PluralRules.SampleType sample : PluralRules.SampleType.values()) {
                    rules.getSamples(keyword, sample).stream().limit(8).forEach(numbers::add);
                }
            }
        }
        List<Map<String, Object>> variations = new ArrayList<>();
        compiled.arguments().forEach((name, kind) -> {
            List<Object> values = new ArrayList<>(numbers);
            if (kind.takesText()) {
                values.addAll(TEXTS);
            }
            for (Object value : values) {
                Map<String, Object> map = new LinkedHashMap<>(defaults);
                map.put(name, value);
                variations.add(map);
            }
        });
        return variations;
    }

    private static void assertSameAsIcu(String pattern, ULocale locale, CompiledMessage compiled, Map<String, Object> values) {
        String expected;
        try {
            expected = new MessageFormat(pattern, locale).format(values);
        } catch (IllegalArgumentException e) {
            // ICU rejects the value (text where a date is expected): ours must not report success either
            boolean valid;
            try {
                valid = compiled.format(values, new StringBuilder());
            } catch (IllegalArgumentException alsoRejected) {
                return;
            }
            assertFalse(valid, () -> "ICU rejects " + shorten(values) + " for " + pattern + " (" + e.getMessage() + ")");
            return;
        }
        StringBuilder actual = new StringBuilder();
        compiled.format(values, actual);
        assertEquals(expected, actual.toString(), () -> locale + " " + pattern + " with " + shorten(values));
    }

    private static String shorten(Map<String, Object> values) {
        String text = values.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
