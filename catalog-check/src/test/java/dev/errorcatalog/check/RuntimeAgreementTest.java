package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import dev.errorcatalog.Argument;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MessageKey;
import dev.errorcatalog.spi.MessageProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The runtime and the checker read a pattern alike: the catalog discards a message exactly when the checker
 * reports an error-level finding that says the message is unusable — {@link #UNUSABLE}, the findings about
 * syntax, braces, {@code other} and arguments. The checker's stricter findings about a message the catalog
 * still serves (an apostrophe that quotes an argument away, a plural category the locale needs, a rendering
 * that leaves a placeholder) are not part of the promise.
 */
@AddLifecycleHook(FuzzSeeds.class)
class RuntimeAgreementTest {

    static final Set<CheckId> UNUSABLE = Set.of(CheckId.SYNTAX_ERROR, CheckId.UNBALANCED_BRACE, CheckId.PLURAL_MISSING_OTHER,
            CheckId.SELECT_MISSING_OTHER, CheckId.ARGUMENT_MISMATCH, CheckId.ARGUMENT_TYPE_MISMATCH);
    private static final MessageChecks.LocaleRules GERMAN = new MessageChecks.LocaleRules(ULocale.GERMAN);
    private static final String NO_ARGUMENTS = "campaign_inactive";
    private static final String TEXT_ARGUMENT = "max_queued_messages_exceeded";
    private static final Map<String, String> VALID = valid();

    /** The JDK's logger behind {@code System.getLogger("dev.errorcatalog")}, held while it is silenced. */
    private static Object catalogLogger;
    private static Object previousLevel;

    /**
     * Each try builds a catalog whose German message may be unusable, which it logs: the warnings are expected
     * (asserted through {@link ErrorCatalog#warnings()}), so the JDK logger behind them is silenced meanwhile.
     * Reflection, because this module does not read {@code java.logging}.
     */
    @BeforeContainer
    static void silenceTheCatalogsWarnings() throws ReflectiveOperationException {
        Class<?> logger = Class.forName("java.util.logging.Logger");
        Class<?> level = Class.forName("java.util.logging.Level");
        catalogLogger = logger.getMethod("getLogger", String.class).invoke(null, "dev.errorcatalog");
        previousLevel = logger.getMethod("getLevel").invoke(catalogLogger);
        logger.getMethod("setLevel", level).invoke(catalogLogger, level.getField("OFF").get(null));
    }

    @AfterContainer
    static void restoreTheCatalogsWarnings() throws ReflectiveOperationException {
        Class<?> logger = Class.forName("java.util.logging.Logger");
        logger.getMethod("setLevel", Class.forName("java.util.logging.Level")).invoke(catalogLogger, previousLevel);
    }

    @Property(tries = 400)
    void patternsOfACodeWithoutArguments(@ForAll("patterns") String pattern) {
        assertAgree(NO_ARGUMENTS, pattern);
    }

    @Property(tries = 400)
    void patternsOfACodeWithATextArgument(@ForAll("patterns") String pattern) {
        assertAgree(TEXT_ARGUMENT, pattern.replace("waitDays", "subject") + " {subject}");
    }

    @Property(tries = 400)
    void mutatedPatterns(@ForAll("mutated") String pattern, @ForAll boolean withArgument) {
        assertAgree(withArgument ? TEXT_ARGUMENT : NO_ARGUMENTS, withArgument ? pattern + " {subject}" : pattern);
    }

    @Example
    void translatedFormatTypesAndStrayBracesAreUnusableForBoth() {
        for (String pattern : List.of("{subject, anzahl}", "{subject, plurales, one {a} other {b}} {subject}",
                "{subject} }", "{subject, select, a {x} oth {y}}", "{subject, number} {subject}")) {
            assertEquals(true, discardedByTheCatalog(TEXT_ARGUMENT, pattern), pattern);
            assertAgree(TEXT_ARGUMENT, pattern);
        }
        assertEquals(false, discardedByTheCatalog(TEXT_ARGUMENT, "{subject, select, a {x} other {y}} {subject}"));
    }

    private static void assertAgree(String key, String pattern) {
        Assume.that(!pattern.isBlank());
        boolean discarded = discardedByTheCatalog(key, pattern);
        List<MessageChecks.Issue> issues = MessageChecks.check(pattern, GERMAN,
                MessageChecks.Expected.declared(key(key).arguments()), null);
        boolean unusable = issues.stream().anyMatch(i -> UNUSABLE.contains(i.id()) && i.id().defaultSeverity() == Severity.ERROR);
        assertEquals(discarded, unusable, () -> "the catalog " + (discarded ? "discards" : "serves") + " '" + pattern
                + "' of " + key + "; the checker says " + issues);
    }

    private static boolean discardedByTheCatalog(String key, String pattern) {
        Map<String, String> german = new HashMap<>(VALID);
        german.put(key, pattern);
        ErrorCatalog catalog = ErrorCatalog.builder().discoverProviders(false)
                .addProvider(new Messages(Locale.ENGLISH, VALID)).addProvider(new Messages(Locale.GERMAN, german)).build();
        return catalog.warnings().stream().anyMatch(w -> w.contains("'" + key + "'"));
    }

    private static MessageKey key(String key) {
        return MessageKey.all().stream().filter(k -> k.key().equals(key)).findFirst().orElseThrow();
    }

    /** A valid pattern for every key, each declared argument in its natural form. */
    private static Map<String, String> valid() {
        Map<String, String> patterns = new HashMap<>();
        for (MessageKey key : MessageKey.all()) {
            StringBuilder text = new StringBuilder("Nachricht");
            for (Argument argument : key.arguments()) {
                switch (argument.type()) {
                    case TEXT -> text.append(" {").append(argument.name()).append('}');
                    case NUMBER -> text.append(" {").append(argument.name()).append(", number}");
                    default -> text.append(" {").append(argument.name()).append(", plural, one {# Ding} other {# Dinge}}");
                }
            }
            patterns.put(key.key(), text.toString());
        }
        return Map.copyOf(patterns);
    }

    private record Messages(Locale locale, Map<String, String> messages) implements MessageProvider {
        @Override
        public String catalogVersion() {
            return ErrorCatalog.CATALOG_VERSION;
        }
    }

    private static final String[] FRAGMENTS = {"{waitDays}", "{waitDays, number}", "{waitDays, number, integer}",
        "{waitDays, number, ::currency/EUR}", "{waitDays, number, ::bogus}", "{waitDays, number, ,,,}", "{waitDays, date}",
        "{waitDays, anzahl}", "{waitDays, plurales, one {a} other {b}}", "{waitDays, plural, ", "{waitDays, select, ",
        "{waitDays, selectordinal, ", "{waitDays, choice, 0#", "one {# x}", "=0 {zero}", "oth {y}", "other {y}}", "a {b}",
        "}", "}}", "{", "'", "''", "'{'", "'}'", "'#", "'|", "#", "|", ",", "text ", "ü", "{0}", "{ waitDays }",
        "{waitDays, SELECT, other {", "{waitDays, select, other {".repeat(11) + "x" + "}}".repeat(11)};

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> base = Arbitraries.of("Kampagne {subject, select, a {b} other {c}} inaktiv",
                "{subject, plural, one {# Tag} other {# Tage}}", "Text mit '{'Klammern'}' und l''Apostroph",
                "{subject, number, integer} von {subject}", "{subject, choice, 0#keine|1#eine|1<{subject, number}}");
        Arbitrary<int[]> edit = Arbitraries.integers().between(0, 1000).array(int[].class).ofSize(3);
        return Arbitraries.oneOf(base, base).flatMap(b -> edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            StringBuilder text = new StringBuilder(b);
            for (int[] e : edits) {
                int at = e[1] % (text.length() + 1);
                String insert = String.valueOf("{}'#|, =".charAt(e[2] % 8));
                switch (e[0] % 3) {
                    case 0 -> text.insert(at, insert);
                    case 1 -> text.delete(at, Math.min(text.length(), at + 1 + e[2] % 4));
                    default -> text.insert(at, text.substring(at, Math.min(text.length(), at + e[2] % 12)));
                }
            }
            return text.toString();
        }));
    }
}
