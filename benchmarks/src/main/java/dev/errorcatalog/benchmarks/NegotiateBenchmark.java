package dev.errorcatalog.benchmarks;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.ULocale;
import dev.errorcatalog.ErrorCatalog;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Accept-Language} negotiation: the same header again and again (against a {@code HashMap} hit) and a
 * stream of headers the catalog has not seen (against ICU's {@code LocaleMatcher.getBestMatch(String)}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class NegotiateBenchmark {

    static final String HEADER = "de-CH,de;q=0.9,en-US;q=0.8,en;q=0.7";
    /** More distinct headers than the catalog caches, so each one in the stream is new to it. */
    static final int DISTINCT_HEADERS = 16_384;
    private static final String[] LANGUAGES = {"fr", "it", "pt", "nl", "sv", "pl", "ru", "ja", "zh", "ko", "ar", "tr",
        "cs", "da", "fi", "el", "he", "hu", "id", "nb", "ro", "sk", "uk", "vi", "de", "es", "en"};
    private static final String[] REGIONS = {"", "-CH", "-AT", "-MX", "-AR", "-GB", "-US", "-BR", "-CA", "-BE", "-419"};

    private ErrorCatalog catalog;
    private Map<String, Locale> floor;
    private LocaleMatcher matcher;
    private String[] headers;
    private int next;

    @Setup
    public void setUp() {
        catalog = ErrorCatalog.create();
        floor = new HashMap<>();
        floor.put(HEADER, catalog.negotiate(HEADER));
        matcher = LocaleMatcher.builder()
                .setSupportedLocales(catalog.locales())
                .setDefaultLocale(catalog.defaultLocale())
                .build();
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; distinct.size() < DISTINCT_HEADERS; i++) {
            String first = LANGUAGES[i % LANGUAGES.length] + REGIONS[(i / LANGUAGES.length) % REGIONS.length];
            String second = LANGUAGES[(i / 7 + 3) % LANGUAGES.length];
            distinct.add(first + "," + second + ";q=0." + (100 + i % 900) + ",en;q=0.05");
        }
        headers = distinct.toArray(new String[0]);
        int differences = 0;
        for (String header : headers) {
            if (!catalog.negotiate(header).equals(matcher.getBestMatch(header).toLocale())) {
                differences++;
            }
        }
        System.err.println("catalog and ICU LocaleMatcher negotiate differently for " + differences + " of "
                + headers.length + " headers");
    }

    @Benchmark
    public Locale repeatedHeaderFloor() {
        return floor.get(HEADER);
    }

    @Benchmark
    public Locale repeatedHeaderCatalog() {
        return catalog.negotiate(HEADER);
    }

    @Benchmark
    public Locale newHeaderCatalog() {
        return catalog.negotiate(nextHeader());
    }

    @Benchmark
    public ULocale newHeaderIcuLocaleMatcher() {
        return matcher.getBestMatch(nextHeader());
    }

    private String nextHeader() {
        int i = next;
        next = i + 1 == DISTINCT_HEADERS ? 0 : i + 1;
        return headers[i];
    }
}
