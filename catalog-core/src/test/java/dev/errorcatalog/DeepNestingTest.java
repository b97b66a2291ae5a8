package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.internal.MessagePatterns;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A locale module whose patterns nest too deep, or whose plural has only a prefix of {@code other}, neither takes
 * the application down at start-up nor later on a small request stack: those messages are unusable, fall back and
 * are reported once; a message at the nesting limit is served.
 */
class DeepNestingTest {

    private static final Map<String, String> DE = Map.of(
            "max_queued_messages_exceeded", nested(5_000, "Zu viele Nachrichten"),
            "campaign_inactive", nested(1_000, "Kampagne inaktiv"),
            "verification_request_too_soon", "Warten Sie {retryAfterMinutes, plural, one {eine Minute} othe {# Minuten}}.",
            "purchased_too_recently", "{waitDays, plural, other {".repeat(MessagePatterns.MAX_NESTING - 1)
                    + "Noch {trialWaitDays, plural, one {# Tag} other {# Tage}}" + "}}".repeat(MessagePatterns.MAX_NESTING - 1));

    private static final ErrorCatalog CATALOG = TestBundles.catalog(TestBundles.provider(Locale.ENGLISH),
            new TestBundles.InMemoryMessages(Locale.GERMAN, TestBundles.properties(TestBundles.patterns(Locale.GERMAN, DE::get))));

    @Test
    void tooDeepPatternsFallBackAndAreReportedOnce() {
        ResolvedMessage deep = CATALOG.resolve(ErrorCode.MAX_QUEUED_MESSAGES_EXCEEDED, Locale.GERMAN, Map.of("subject", "+1555"));
        assertEquals(Locale.ENGLISH, deep.locale());
        assertEquals(Fallback.MISSING_MESSAGE, deep.fallback());
        assertEquals(Fallback.MISSING_MESSAGE, CATALOG.resolve("campaign_inactive", Locale.GERMAN).fallback());
        List<String> warnings = CATALOG.warnings();
        assertEquals(3, warnings.size(), warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'max_queued_messages_exceeded'")
                && w.endsWith("is unusable and falls back: arguments nest 5000 deep, more than the 10 the catalog allows")),
                warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'campaign_inactive'") && w.contains("nest 1000 deep")),
                warnings::toString);
    }

    @Test
    void aPluralWithAPrefixOfOtherFallsBackInsteadOfOverflowingWhenFormatted() {
        ResolvedMessage message = CATALOG.resolve(ErrorCode.VERIFICATION_REQUEST_TOO_SOON, Locale.GERMAN,
                Map.of("retryAfterMinutes", 3));
        assertEquals(Locale.ENGLISH, message.locale());
        assertEquals(Fallback.MISSING_MESSAGE, message.fallback());
        assertTrue(CATALOG.warnings().stream().anyMatch(w -> w.contains("'verification_request_too_soon'")
                && w.contains("Missing 'other' keyword in plural pattern") && w.contains("('othe' is not 'other')")),
                CATALOG.warnings()::toString);
    }

    @Test
    void aPatternAtTheLimitIsServedOnA256KbStack() throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(CATALOG.resolve(ErrorCode.PURCHASED_TOO_RECENTLY, Locale.GERMAN,
                        Map.of("waitDays", 3, "trialWaitDays", 30)));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join();
        assertEquals(new ResolvedMessage("purchased_too_recently", "Noch 30 Tage", Locale.GERMAN, Fallback.NONE), result.get());
    }

    /** {@code text} inside {@code depth} selects on {@code subject}. */
    private static String nested(int depth, String text) {
        return "{subject, select, other {".repeat(depth) + text + "}}".repeat(depth);
    }
}
