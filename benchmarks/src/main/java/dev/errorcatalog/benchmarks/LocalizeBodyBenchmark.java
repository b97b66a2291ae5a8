package dev.errorcatalog.benchmarks;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.jackson.BodyLocalizer;
import dev.errorcatalog.jackson.LocalizedBody;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Localizing a SignalWire error body against its peer, Jackson reading the same body as a tree and writing
 * it back to bytes: what any hand-written localization costs at least. Bodies of 1 and 3 REST items
 * (SignalWire's own examples), German.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class LocalizeBodyBenchmark {

    static final byte[] ONE_ITEM = ("{\"errors\":[{\"type\":\"validation_error\",\"code\":\"not_routable\",\"message\":\"The call is"
            + " not routable\",\"attribute\":\"to\",\"url\":\"https://developer.signalwire.com/rest/overview/error-codes/#not_routable\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] THREE_ITEMS = ("{\"statusCode\":422,\"errors\":[{\"type\":\"validation_error\",\"code\":\"invalid_parameter\","
            + "\"message\":\"Address is invalid\",\"attribute\":\"address_id\",\"url\":\"https://signalwire.com/docs/rest/overview/"
            + "error-codes#invalid_parameter\"},{\"type\":\"validation_error\",\"code\":\"invalid_parameter\",\"message\":\"Expires At"
            + " must be an integer\",\"attribute\":\"expires_at\",\"url\":\"https://signalwire.com/docs/rest/overview/error-codes"
            + "#invalid_parameter\"},{\"type\":\"validation_error\",\"code\":\"invalid_parameter\",\"message\":\"Expires At must be"
            + " greater than 1733254773\",\"attribute\":\"expires_at\",\"url\":\"https://signalwire.com/docs/rest/overview/error-codes"
            + "#invalid_parameter\"}]}").getBytes(StandardCharsets.UTF_8);

    private BodyLocalizer localizer;
    private JsonMapper mapper;

    @Setup
    public void setUp() {
        localizer = BodyLocalizer.of(ErrorCatalog.create());
        mapper = JsonMapper.builder().build();
        for (byte[] body : new byte[][] {ONE_ITEM, THREE_ITEMS}) {
            LocalizedBody localized = localizer.localize(body, Locale.GERMAN);
            if (!localized.contentLanguage().orElse("").equals("de") || !localized.items().stream().allMatch(i -> i.localized())) {
                throw new IllegalStateException("not localized: " + localized.items());
            }
        }
    }

    @Benchmark
    public LocalizedBody localizeOneItem() {
        return localizer.localize(ONE_ITEM, Locale.GERMAN);
    }

    @Benchmark
    public byte[] jacksonTreeOneItem() {
        return mapper.writeValueAsBytes(mapper.readTree(ONE_ITEM));
    }

    @Benchmark
    public LocalizedBody localizeThreeItems() {
        return localizer.localize(THREE_ITEMS, Locale.GERMAN);
    }

    @Benchmark
    public byte[] jacksonTreeThreeItems() {
        return mapper.writeValueAsBytes(mapper.readTree(THREE_ITEMS));
    }
}
