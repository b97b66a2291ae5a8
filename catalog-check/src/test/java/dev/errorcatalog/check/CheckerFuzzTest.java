package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.Argument;
import dev.errorcatalog.MessageKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Random and mutated {@code .properties} bytes never crash the checker: each run ends with a report (findings
 * or clean) that every writer can write, never an uncaught exception; checked both against a source bundle and
 * against the catalog.
 */
@Tag("fuzz")
@AddLifecycleHook(FuzzSeeds.class)
class CheckerFuzzTest {

    private static final byte[] SOURCE = source().getBytes(StandardCharsets.UTF_8);
    private static final byte[] TRANSLATION = source().replace("=Message ", "=Nachricht ").getBytes(StandardCharsets.UTF_8);
    private static final byte[] INTERESTING = "{}'#|,=:\\\n\r \t!u0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    @Example
    void theValidBundlesAreClean() {
        assertEquals(List.of(), check(SOURCE, TRANSLATION, true).findings());
        assertEquals(List.of(), check(SOURCE, TRANSLATION, false).findings());
        List<Finding> copy = check(SOURCE, SOURCE, true).findings();
        assertEquals(MessageKey.all().size(), copy.size());
        assertTrue(copy.stream().allMatch(f -> f.id() == CheckId.UNTRANSLATED), copy::toString);
    }

    @Property(tries = 200)
    void randomBytesGiveAReport(@ForAll byte[] translation, @ForAll boolean againstSource) {
        assertWritable(check(SOURCE, translation, againstSource));
    }

    @Property(tries = 200)
    void randomBytesAsTheSourceGiveAReport(@ForAll byte[] source) {
        assertWritable(check(source, TRANSLATION, true));
    }

    @Property(tries = 500)
    void mutatedBundlesGiveAReport(@ForAll("mutations") List<Mutation> mutations, @ForAll boolean mutateSource,
            @ForAll boolean againstSource) {
        byte[] bundle = mutateSource ? SOURCE : TRANSLATION;
        for (Mutation mutation : mutations) {
            bundle = mutation.apply(bundle);
        }
        assertWritable(mutateSource ? check(bundle, TRANSLATION, true) : check(SOURCE, bundle, againstSource));
    }

    /** Found by a random seed in an ordinary build (issue 14): ICU's MessageFormat.format overflowed the stack. */
    @Property(tries = 500, seed = "7844593230452118331")
    void mutatedBundlesGiveAReportRegression7844593230452118331(@ForAll("mutations") List<Mutation> mutations,
            @ForAll boolean mutateSource, @ForAll boolean againstSource) {
        mutatedBundlesGiveAReport(mutations, mutateSource, againstSource);
    }

    @Property(tries = 500)
    void patternShapedGarbageGivesAReport(@ForAll("patterns") String pattern, @ForAll boolean againstSource) {
        String translation = new String(TRANSLATION, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^purchased_too_recently=.*$", "purchased_too_recently=" + escape(pattern));
        assertWritable(check(SOURCE, translation.getBytes(StandardCharsets.UTF_8), againstSource));
    }

    /** Every writer writes the report: a finding's odd text never breaks JSON, SARIF or JUnit XML. */
    private static void assertWritable(Report report) {
        for (ReportFormat format : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            try {
                format.write(report, Severity.ERROR, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertFalse(out.toString().isEmpty(), format.id());
        }
    }

    /**
     * Writes messages_en (the source) and messages_de into a fresh directory and checks it: messages_de against
     * messages_en ({@code --source-locale en}) or against the catalog's declared keys.
     */
    private static Report check(byte[] source, byte[] translation, boolean againstSource) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("checker-fuzz");
            Files.write(directory.resolve("messages_en.properties"), source);
            Files.write(directory.resolve("messages_de.properties"), translation);
            Checker.Builder checker = Checker.builder();
            if (againstSource) {
                checker.sourceLocale(Locale.ENGLISH);
            }
            return checker.build().check(List.of(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid source bundle: every key, each declared argument in its natural form. */
    private static String source() {
        StringBuilder text = new StringBuilder();
        for (MessageKey key : MessageKey.all()) {
            text.append(key.key()).append("=Message ").append(key.key());
            for (Argument argument : key.arguments()) {
                switch (argument.type()) {
                    case TEXT -> text.append(" {").append(argument.name()).append('}');
                    case NUMBER -> text.append(" {").append(argument.name()).append(", number}");
                    default -> text.append(" {").append(argument.name()).append(", plural, one {# item} other {# items}}");
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String escape(String pattern) {
        return pattern.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** One change to the bytes of a bundle: insert, replace, delete, duplicate or truncate. */
    record Mutation(int kind, int at, int length, byte value) {
        byte[] apply(byte[] bytes) {
            int position = bytes.length == 0 ? 0 : Math.floorMod(at, bytes.length);
            int end = Math.min(bytes.length, position + length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + length);
            out.write(bytes, 0, position);
            switch (kind) {
                case 0 -> out.write(value);
                case 1 -> {
                    out.write(value);
                    position = Math.min(bytes.length, position + 1);
                }
                case 2 -> position = end;
                case 3 -> out.write(bytes, position, end - position);
                default -> {
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
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers(),
                        Arbitraries.integers().between(1, 64), values)
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of("{waitDays}", "{waitDays, number}", "{waitDays, number, ::currency/EUR}",
                        "{waitDays, number, ::garbage}", "{waitDays, plural, ", "{waitDays, selectordinal, ", "one {# x}",
                        "=0 {zero}", "offset:1 ", "other {y}}", "{waitDays, select, a {b} other {c}}", "{waitDays, date, short}",
                        "{waitDays, spellout, %bogus}", "{waitDays, choice, 0#a|1#b}", "{waitDays, nonsense}", "{0}", "'", "''",
                        "'{'", "{", "}", "#", "|", "text ", "ü", "\u0000", "{" + "a".repeat(70_000) + "}",
                        "{trialWaitDays, plural, other {{waitDays, date}}}",
                        // nesting, quoting that depends on the enclosing argument, and near misses of 'other'
                        "{waitDays, select, other {", "{waitDays, plural, one {", "} other {", "}}", "'#", "'|", "'}'",
                        "oth {x}", "o {", "OTHER {", "{waitDays, SELECT, other {", "{waitDays,\u200Eplural\u200E,other{",
                        "{waitDays, choice, 0#", "{waitDays, number, '{'}",
                        "{waitDays, select, other {".repeat(12) + "x" + "}}".repeat(12))
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
