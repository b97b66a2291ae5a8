package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One catalog shared by 8 threads formatting a mix of messages: every string equals the single-threaded result.
 *
 * <p>Each thread runs {@value #DEFAULT_OPERATIONS} operations or for {@value #DEFAULT_SECONDS} seconds, whichever
 * ends first (the bound); override with {@code -Derrorcatalog.stress.operations=…} and
 * {@code -Derrorcatalog.stress.seconds=…}. The mix covers every formatting path (constant text, plain, number,
 * plural with Russian and Arabic categories, select, selectordinal, clones of ICU's MessageFormat for choice and
 * date, whose shared use gives wrong dates within a second), unknown
 * and differently cased codes, and more distinct headers and locales than the caches hold, so that they are
 * cleared while other threads read them.
 */
@Tag("stress")
class ConcurrentFormattingTest {

    private static final int THREADS = 8;
    private static final long DEFAULT_OPERATIONS = 1_000_000;
    private static final long DEFAULT_SECONDS = 10;
    private static final int DISTINCT_OPERATIONS = 8_192;

    private static final Map<Locale, Map<String, String>> OVERRIDES = Map.of(
            Locale.FRENCH, Map.of(
                    "purchased_too_recently", "Attendez {waitDays, choice, 0#aucun jour|1#un jour|1<{waitDays, number} jours}"
                            + " ou {trialWaitDays, plural, offset:1 =0 {rien} one {# jour} other {# jours}}.",
                    "incorrect_number_of_sub_use_cases_low_volume", "De {min, number, integer} à {max, selectordinal, one {#er} other {#e}}."),
            Locale.GERMAN, Map.of(
                    "max_queued_messages_exceeded", "{subject, select, admin {Der Admin} other {{subject}}} hat zu viele Nachrichten."),
            Locale.forLanguageTag("ru"), Map.of(
                    "purchased_too_recently", "{waitDays, plural, one {# день} few {# дня} many {# дней} other {# дня}} / "
                            + "{trialWaitDays, plural, =0 {ноль} one {# день} few {# дня} many {# дней} other {# дня}}"),
            Locale.forLanguageTag("pt-BR"), Map.of(
                    // a date: formatted by a clone of ICU's MessageFormat, whose date format is not thread-safe
                    "incorrect_number_of_sub_use_cases_mixed", "Mínimo {min, date, ::yyyyMMddHHmmssSSS}, máximo {max, number}"),
            Locale.forLanguageTag("ar"), Map.of(
                    "verification_request_too_soon", "{retryAfterMinutes, plural, zero {لا دقائق} one {دقيقة} two {دقيقتان}"
                            + " few {# دقائق} many {# دقيقة} other {# دقيقة}}"));

    @Test
    void eightThreadsFormatExactlyWhatOneThreadFormats() throws Exception {
        long operations = Long.getLong("errorcatalog.stress.operations", DEFAULT_OPERATIONS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("errorcatalog.stress.seconds", DEFAULT_SECONDS));
        List<Function<ErrorCatalog, String>> mix = mix(new Random(20261127));
        String[] expected = new String[mix.size()];
        ErrorCatalog singleThreaded = catalog();
        for (int i = 0; i < expected.length; i++) {
            expected[i] = mix.get(i).apply(singleThreaded);
        }

        ErrorCatalog shared = catalog();
        AtomicLong done = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * 1_031;
                int stride = 1 + 2 * t; // odd, so co-prime with the power-of-two number of operations
                threads.add(pool.submit(() -> {
                    start.await();
                    long n = 0;
                    for (int i = offset; n < operations && ((n & 1023) != 0 || System.nanoTime() < deadline); n++) {
                        i = (i + stride) & (DISTINCT_OPERATIONS - 1);
                        String actual;
                        try {
                            actual = mix.get(i).apply(shared);
                        } catch (RuntimeException e) {
                            actual = e.toString();
                        }
                        if (!expected[i].equals(actual)) {
                            wrong.incrementAndGet();
                            if (examples.size() < 5) {
                                examples.add("expected " + expected[i] + " but was " + actual);
                            }
                        }
                    }
                    done.addAndGet(n);
                    return null;
                }));
            }
            for (Future<?> thread : threads) {
                thread.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, wrong.get(), () -> wrong.get() + " of " + done.get() + " operations on " + THREADS + " threads wrong: " + examples);
        assertTrue(done.get() >= THREADS * Math.min(operations, 10_000L), "only " + done.get() + " operations ran");
    }

    private static ErrorCatalog catalog() {
        ErrorCatalog.Builder builder = ErrorCatalog.builder().discoverProviders(false);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("ru"),
                Locale.forLanguageTag("ar"), Locale.forLanguageTag("pt-BR"))) {
            Map<String, String> overrides = OVERRIDES.getOrDefault(locale, Map.of());
            builder.addProvider(new TestBundles.InMemoryMessages(locale,
                    TestBundles.properties(TestBundles.patterns(locale, overrides::get))));
        }
        ErrorCatalog catalog = builder.build();
        assertEquals(List.of(), catalog.warnings());
        return catalog;
    }

    /** {@value #DISTINCT_OPERATIONS} operations, each giving a string that describes its whole result. */
    private static List<Function<ErrorCatalog, String>> mix(Random random) {
        List<Locale> locales = new ArrayList<>(List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.CANADA_FRENCH,
                Locale.forLanguageTag("ru"), Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("pt-BR"),
                Locale.forLanguageTag("pt-PT"), Locale.JAPANESE, Locale.forLanguageTag("de-AT")));
        ErrorCode[] codes = ErrorCode.values();
        List<Function<ErrorCatalog, String>> mix = new ArrayList<>();
        for (int i = 0; i < DISTINCT_OPERATIONS; i++) {
            Locale locale = random.nextInt(4) == 0 ? new Locale("de", "", "v" + i) : locales.get(random.nextInt(locales.size()));
            Object number = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(3);
                case 1 -> random.nextInt(200);
                case 2 -> random.nextDouble() * 1e6;
                default -> (long) random.nextInt(5) * 1_000_000_007L;
            };
            Map<String, Object> arguments = Map.of("subject", random.nextBoolean() ? "admin" : "+1555" + i, "waitDays", number,
                    "trialWaitDays", random.nextInt(25), "min", random.nextBoolean() ? random.nextInt(1000) / 7.0
                    : 946_684_800_000L + (long) (random.nextDouble() * 1e12), "max", random.nextInt(120),
                    "retryAfterMinutes", number);
            switch (random.nextInt(5)) {
                case 0:
                    String header = random.nextBoolean() ? "xx-" + Integer.toString(i, 36) + ", ru;q=0.4, de;q=0.5"
                            : locales.get(random.nextInt(locales.size())).toLanguageTag() + ";q=0.9, en;q=0.1";
                    mix.add(catalog -> catalog.negotiate(header).toLanguageTag());
                    break;
                case 1:
                    String code = random.nextBoolean() ? "unknown_" + i : codes[random.nextInt(codes.length)].code().toUpperCase(Locale.ROOT);
                    mix.add(catalog -> describe(catalog.resolve(code, locale, arguments)));
                    break;
                default:
                    ErrorCode known = random.nextBoolean() ? codes[random.nextInt(codes.length)] : withArguments(random);
                    mix.add(catalog -> describe(catalog.resolve(known, locale, arguments)));
            }
        }
        return mix;
    }

    private static ErrorCode withArguments(Random random) {
        List<ErrorCode> codes = List.of(ErrorCode.PURCHASED_TOO_RECENTLY, ErrorCode.VERIFICATION_REQUEST_TOO_SOON,
                ErrorCode.MAX_QUEUED_MESSAGES_EXCEEDED, ErrorCode.INCORRECT_NUMBER_OF_SUB_USE_CASES_LOW_VOLUME,
                ErrorCode.INCORRECT_NUMBER_OF_SUB_USE_CASES_MIXED);
        return codes.get(random.nextInt(codes.size()));
    }

    private static String describe(ResolvedMessage message) {
        return message.code() + '|' + message.text() + '|' + message.languageTag() + '|' + message.fallback();
    }
}
