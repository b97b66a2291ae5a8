package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The default locale's messages are compiled and checked when the catalog is built; another locale's the
 * first time one of its messages is needed (or {@code warnings()} is asked for), once, whatever the number
 * of threads that need it at the same moment.
 */
class LazyCompileTest {

    private static final Locale DE = Locale.GERMAN;

    /** The messages of a bundle, counting how often a pattern is read (compiling reads each once). */
    private static final class CountingMessages extends HashMap<String, String> {
        private static final long serialVersionUID = 1L;
        final AtomicInteger reads = new AtomicInteger();

        CountingMessages(Map<String, String> messages) {
            super(messages);
        }

        @Override
        public String get(Object key) {
            reads.incrementAndGet();
            return super.get(key);
        }
    }

    private static ErrorCatalog catalog(CountingMessages en, CountingMessages de) {
        return ErrorCatalog.builder().discoverProviders(false)
                .addProvider(new TestProvider("en", en)).addProvider(new TestProvider("de", de)).build();
    }

    private static CountingMessages messages(String tag, String prefix) {
        return new CountingMessages(TestProvider.complete(tag, prefix).messages());
    }

    @Test
    void theDefaultLocaleIsCompiledAtBuildAnotherOnFirstUse() {
        CountingMessages en = messages("en", "EN");
        CountingMessages de = messages("de", "DE");
        ErrorCatalog catalog = catalog(en, de);
        assertEquals(MessageKey.all().size(), en.reads.get(), "English, the default, compiled when built");
        assertEquals(0, de.reads.get(), "German not compiled yet");
        assertEquals(DE, catalog.negotiate("de-CH, en;q=0.5"), "negotiation needs no messages");
        assertEquals(0, de.reads.get());

        assertEquals("DE not_e164", catalog.resolve("not_e164", DE).text());
        assertEquals(MessageKey.all().size(), de.reads.get(), "German compiled on first use");
        assertEquals("DE -32001", catalog.resolve(ErrorCode.CONVERSATION_NOT_FOUND, Locale.forLanguageTag("de-AT")).text());
        assertEquals("DE incorrect_number_of_sub_use_cases_mixed 2 5 units",
                catalog.resolve("incorrect_number_of_sub_use_cases_mixed", DE, Map.of("min", 2, "max", 5)).text());
        assertEquals(MessageKey.all().size(), de.reads.get(), "and only once");
    }

    @Test
    void anUnknownCodeInAnUncompiledLocaleGetsThatLocalesGenericMessage() {
        ErrorCatalog catalog = catalog(messages("en", "EN"), messages("de", "DE"));
        ResolvedMessage message = catalog.resolve("brand_new_code", DE);
        assertEquals("DE errorcatalog.unknown_code brand_new_code", message.text());
        assertEquals(Fallback.UNKNOWN_CODE, message.fallback());
        assertEquals("DE errorcatalog.unexpected_error", catalog.resolve("", DE).text());
    }

    @Test
    void warningsChecksTheLocalesNotUsedYet() {
        CountingMessages de = messages("de", "DE");
        de.put("not_e164", "Kaputt {");
        try (LoggedWarnings.Capture logged = LoggedWarnings.capture()) {
            ErrorCatalog catalog = catalog(messages("en", "EN"), de);
            assertEquals(0, de.reads.get());
            List<String> warnings = catalog.warnings();
            assertEquals(1, warnings.size(), warnings::toString);
            assertTrue(warnings.get(0).startsWith("The de message 'not_e164' of dev.errorcatalog.TestProvider is unusable"),
                    warnings::toString);
            assertEquals(MessageKey.all().size(), de.reads.get());
            assertEquals(Fallback.MISSING_MESSAGE, catalog.resolve("not_e164", DE).fallback());
            assertEquals(warnings, catalog.warnings(), "checked once");
            assertEquals(warnings, logged.messages(), "and logged once");
        }
    }

    @Test
    void threadsRacingToTheFirstUseOfALocaleCompileItOnceAndAgree() throws Exception {
        int threads = 8;
        for (int round = 0; round < 20; round++) {
            roundOfRacingThreads(threads);
        }
    }

    private void roundOfRacingThreads(int threads) throws Exception {
        try (LoggedWarnings.Capture logged = LoggedWarnings.capture()) {
            CountingMessages de = messages("de", "DE");
            de.put("not_e164", "Kaputt {");
            ErrorCatalog catalog = catalog(messages("en", "EN"), de);
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<ResolvedMessage>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return List.of(catalog.resolve("not_e164", DE), catalog.resolve(ErrorCode.NOT_A_HASH, DE),
                                catalog.resolve("purchased_too_recently", DE, Map.of("waitDays", 1, "trialWaitDays", 2)));
                    }));
                }
                for (Future<List<ResolvedMessage>> result : results) {
                    List<ResolvedMessage> messages = result.get(30, TimeUnit.SECONDS);
                    assertEquals(new ResolvedMessage("not_e164", "EN not_e164", Locale.ENGLISH, Fallback.MISSING_MESSAGE),
                            messages.get(0));
                    assertEquals("DE not_a_hash", messages.get(1).text());
                    assertEquals("DE purchased_too_recently 1 unit 2 units", messages.get(2).text());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(MessageKey.all().size(), de.reads.get(), "compiled once");
            assertEquals(1, catalog.warnings().size(), catalog.warnings()::toString);
            assertEquals(catalog.warnings(), logged.messages(), "logged once, by the one thread that compiled German");
        }
    }
}
