package dev.errorcatalog.spring.autoconfigure;

import dev.errorcatalog.Fallback;
import dev.errorcatalog.spring.FallbackRecorder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts fallbacks as {@code errorcatalog.fallbacks}, tagged {@code reason} (the lower-case
 * {@link Fallback}) and {@code locale} (the served locale's tag, or {@code other}). Both tags come from
 * closed sets, never from request data: at most four reasons times the installed locales plus one.
 */
final class MicrometerFallbackRecorder implements FallbackRecorder {

    static final String NAME = "errorcatalog.fallbacks";
    private static final String OTHER = "other";

    private final Map<Locale, Counter[]> byLocale = new HashMap<>();
    private final Counter[] other;

    MicrometerFallbackRecorder(MeterRegistry registry, Set<Locale> installed) {
        for (Locale locale : installed) {
            byLocale.put(locale, counters(registry, locale.toLanguageTag()));
        }
        other = counters(registry, OTHER);
    }

    private static Counter[] counters(MeterRegistry registry, String locale) {
        Fallback[] reasons = Fallback.values();
        Counter[] counters = new Counter[reasons.length];
        for (Fallback reason : reasons) {
            if (reason != Fallback.NONE) {
                counters[reason.ordinal()] = Counter.builder(NAME)
                        .description("Error messages that are not exactly what was asked for, by reason and served locale")
                        .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                        .tag("locale", locale)
                        .register(registry);
            }
        }
        return counters;
    }

    @Override
    public void record(Fallback reason, Locale served) {
        if (reason != Fallback.NONE) {
            byLocale.getOrDefault(served, other)[reason.ordinal()].increment();
        }
    }
}
