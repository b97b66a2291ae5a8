package dev.errorcatalog.benchmarks;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ResolvedMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * One thread resolving English messages: the catalog against a {@code HashMap} (the floor), Spring's
 * {@code ResourceBundleMessageSource}, {@code ResourceBundle} with {@code java.text.MessageFormat}, and ICU's
 * {@code MessageFormat} built per call, shared under a lock, and cloned per call.
 *
 * <p>Every peer is checked at setup to produce the catalog's text, so the figures compare like with like.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ResolveBenchmark {

    private static final String CODE = Peers.ARGUMENT_LESS.code();
    private static final Locale LOCALE = Locale.ENGLISH;
    private static final ULocale ICU_LOCALE = ULocale.ENGLISH;

    private ErrorCatalog catalog;
    private Map<String, String> floor;
    private ResourceBundleMessageSource spring;
    private String argumentLessPattern;
    private MessageFormat argumentLessShared;

    @Setup
    public void setUp() {
        catalog = ErrorCatalog.create();
        floor = Peers.englishPatterns();
        spring = Peers.spring();
        argumentLessPattern = floor.get(CODE);
        argumentLessShared = new MessageFormat(argumentLessPattern, ICU_LOCALE);
        String expected = catalog.resolve(Peers.ARGUMENT_LESS, LOCALE).text();
        Peers.checkSameText("HashMap", expected, argumentLessFloor());
        Peers.checkSameText("Spring", expected, argumentLessSpring());
        Peers.checkSameText("ResourceBundle", expected, argumentLessResourceBundle());
        Peers.checkSameText("ICU naive", expected, argumentLessIcuNaive());
        Peers.checkSameText("ICU synchronized", expected, argumentLessIcuSynchronized());
    }

    // ---- an argument-less message -------------------------------------------------------------------

    @Benchmark
    public String argumentLessFloor() {
        return floor.get(CODE);
    }

    @Benchmark
    public ResolvedMessage argumentLessCatalogByEnum() {
        return catalog.resolve(Peers.ARGUMENT_LESS, LOCALE);
    }

    @Benchmark
    public ResolvedMessage argumentLessCatalogByCode() {
        return catalog.resolve(CODE, LOCALE);
    }

    @Benchmark
    public String argumentLessSpring() {
        return spring.getMessage(CODE, null, LOCALE);
    }

    /** What Spring does without arguments: the bundle text as is, with no formatting. */
    @Benchmark
    public String argumentLessResourceBundle() {
        return ResourceBundle.getBundle(Peers.BASE_NAME, LOCALE).getString(CODE);
    }

    @Benchmark
    public String argumentLessIcuNaive() {
        return new MessageFormat(argumentLessPattern, ICU_LOCALE).format(Map.of());
    }

    @Benchmark
    public String argumentLessIcuSynchronized() {
        synchronized (argumentLessShared) {
            return argumentLessShared.format(Map.of());
        }
    }

    // ---- a message with arguments -------------------------------------------------------------------

    /** The message with arguments, and its peers' prepared state. */
    @State(Scope.Benchmark)
    public static class Arguments {
        @Param({"NUMBER_AND_PLURAL", "TWO_PLURALS", "TEXT"})
        public String name;

        Peers.WithArguments message;
        String code;
        Map<String, Object> values;
        Object[] positional;
        String pattern;
        MessageFormat shared;
        java.text.MessageFormat javaTextShared;

        @Setup
        public void setUp(ResolveBenchmark benchmark) {
            message = Peers.WithArguments.valueOf(name);
            code = message.code;
            values = message.arguments;
            positional = message.positional;
            pattern = benchmark.floor.get(code);
            shared = new MessageFormat(pattern, ICU_LOCALE);
            javaTextShared = new java.text.MessageFormat(message.javaTextPattern, LOCALE);
            String expected = Peers.text(benchmark.catalog, code, values);
            Peers.checkSameText("ICU naive", expected, benchmark.argumentsIcuNaive(this));
            Peers.checkSameText("ICU synchronized", expected, benchmark.argumentsIcuSynchronized(this));
            Peers.checkSameText("ICU cloned", expected, benchmark.argumentsIcuCloned(this));
            Peers.checkSameText("java.text", expected, benchmark.argumentsJavaText(this));
        }
    }

    @Benchmark
    public ResolvedMessage argumentsCatalog(Arguments a) {
        return catalog.resolve(a.code, LOCALE, a.values);
    }

    @Benchmark
    public String argumentsIcuNaive(Arguments a) {
        return new MessageFormat(a.pattern, ICU_LOCALE).format(a.values);
    }

    @Benchmark
    public String argumentsIcuSynchronized(Arguments a) {
        synchronized (a.shared) {
            return a.shared.format(a.values);
        }
    }

    @Benchmark
    public String argumentsIcuCloned(Arguments a) {
        return ((MessageFormat) a.shared.clone()).format(a.values);
    }

    /** {@code ResourceBundle} + {@code java.text.MessageFormat}: the same message with {@code choice} for plurals. */
    @Benchmark
    public String argumentsJavaText(Arguments a) {
        return new java.text.MessageFormat(a.message.javaTextPattern, LOCALE).format(a.positional);
    }

    // ---- a realistic mix ----------------------------------------------------------------------------

    /** 100 requests: 90 for argument-less messages, 10 for messages with arguments, interleaved. */
    @State(Scope.Thread)
    public static class Mix {
        final List<String> codes = new ArrayList<>();
        final List<Map<String, ?>> values = new ArrayList<>();
        final Map<String, MessageFormat> shared = new HashMap<>();
        String[] codeArray;
        Map<?, ?>[] valueArray;
        int next;

        @Setup
        public void setUp(ResolveBenchmark benchmark) {
            List<ErrorCode> argumentLess = new ArrayList<>();
            for (ErrorCode code : ErrorCode.values()) {
                if (code.arguments().isEmpty()) {
                    argumentLess.add(code);
                }
            }
            Peers.WithArguments[] withArguments = Peers.WithArguments.values();
            for (int i = 0; i < 100; i++) {
                if (i % 10 == 9) {
                    Peers.WithArguments m = withArguments[(i / 10) % withArguments.length];
                    codes.add(m.code);
                    values.add(m.arguments);
                } else {
                    codes.add(argumentLess.get((i * 7) % argumentLess.size()).code());
                    values.add(Map.of());
                }
            }
            for (String code : codes) {
                shared.computeIfAbsent(code, c -> new MessageFormat(benchmark.floor.get(c), ICU_LOCALE));
            }
            codeArray = codes.toArray(new String[0]);
            valueArray = values.toArray(new Map<?, ?>[0]);
            for (int i = 0; i < codeArray.length; i++) {
                MessageFormat format = shared.get(codeArray[i]);
                @SuppressWarnings("unchecked")
                Map<String, Object> v = (Map<String, Object>) valueArray[i];
                Peers.checkSameText("ICU synchronized", Peers.text(benchmark.catalog, codeArray[i], v), format.format(v));
            }
        }

        int next() {
            int i = next;
            next = i == 99 ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    public ResolvedMessage mixCatalog(Mix mix) {
        int i = mix.next();
        @SuppressWarnings("unchecked")
        Map<String, ?> values = (Map<String, ?>) mix.valueArray[i];
        return catalog.resolve(mix.codeArray[i], LOCALE, values);
    }

    @Benchmark
    public String mixIcuSynchronized(Mix mix) {
        int i = mix.next();
        MessageFormat format = mix.shared.get(mix.codeArray[i]);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) mix.valueArray[i];
        synchronized (format) {
            return format.format(values);
        }
    }

    @Benchmark
    public String mixIcuCloned(Mix mix) {
        int i = mix.next();
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) mix.valueArray[i];
        return ((MessageFormat) mix.shared.get(mix.codeArray[i]).clone()).format(values);
    }

}
