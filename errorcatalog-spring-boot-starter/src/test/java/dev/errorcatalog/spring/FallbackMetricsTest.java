package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.spring.app.Http;
import dev.errorcatalog.spring.app.TestApplication;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/** With Micrometer present, fallbacks are counted by reason and served locale, with bounded tags only. */
@SpringBootTest(classes = {TestApplication.class, FallbackMetricsTest.Metrics.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FallbackMetricsTest {

    @TestConfiguration
    static class Metrics {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Test
    void fallbacksAreCountedByReasonAndServedLocale() {
        Http http = new Http(port);
        double before = count("invalid_arguments", "de");

        http.get("/messages/purchased_too_recently", "de-CH");
        http.get("/messages/purchased_too_recently", "de-AT");
        http.get("/messages/purchased_too_recently?arg=1&arg=2", "de");
        http.post("/purchases", "", "de");

        assertEquals(before + 2, count("invalid_arguments", "de"));
    }

    @Test
    void tagsNeverCarryRequestData() {
        Http http = new Http(port);
        http.get("/messages/purchased_too_recently", "x-hostile-" + "q".repeat(100));
        http.get("/messages/purchased_too_recently", "zz-ZZ");

        Set<String> locales = registry.find("errorcatalog.fallbacks").meters().stream()
                .map(meter -> meter.getId().getTag("locale")).collect(Collectors.toSet());
        Set<String> reasons = registry.find("errorcatalog.fallbacks").meters().stream()
                .map(meter -> meter.getId().getTag("reason")).collect(Collectors.toSet());
        assertEquals(Set.of("de", "en", "es", "other"), locales);
        assertEquals(Set.of("invalid_arguments", "unsupported_locale", "missing_message", "unknown_code"), reasons);
        for (Meter meter : registry.find("errorcatalog.fallbacks").meters()) {
            assertEquals(2, meter.getId().getTags().size(), meter.getId().toString());
        }
        assertTrue(count("invalid_arguments", "en") >= 2, "two in English: the unmatched header and locale");
    }

    private double count(String reason, String locale) {
        return registry.get("errorcatalog.fallbacks").tag("reason", reason).tag("locale", locale).counter().count();
    }
}
