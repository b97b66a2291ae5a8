package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.spring.app.SignalWireStub;
import dev.errorcatalog.spring.app.TestApplication;
import dev.errorcatalog.spring.client.ResponseLocalization;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** In strict mode an upstream body that would fall back reaches the application as received, not as an exception. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"errorcatalog.missing-message-policy=strict", "errorcatalog.client.hosts=127.0.0.1"})
class StrictClientTest {

    static final SignalWireStub SIGNALWIRE = new SignalWireStub();

    @AfterAll
    static void stop() {
        SIGNALWIRE.close();
    }

    @Autowired
    RestClient.Builder restClients;

    @Test
    void aBodyThatWouldFallBackIsPassedOnAsReceived() {
        RestClientResponseException e = call("/api/calls", Locale.FRENCH); // no French module: the catalog would fall back
        assertEquals(SignalWireStub.NOT_ROUTABLE, new String(e.getResponseBodyAsByteArray(), StandardCharsets.UTF_8));
        assertEquals(null, e.getResponseHeaders().getFirst("Content-Language"));
    }

    @Test
    void aBodyWithoutFallbacksIsStillLocalized() {
        RestClientResponseException e = call("/api/calls", Locale.GERMAN);
        assertEquals("de", e.getResponseHeaders().getFirst("Content-Language"));
        assertTrue(new String(e.getResponseBodyAsByteArray(), StandardCharsets.UTF_8).contains("(Parameter: to)"));
    }

    private RestClientResponseException call(String path, Locale locale) {
        return assertThrows(RestClientResponseException.class, () -> restClients.build().get().uri(SIGNALWIRE.url(path))
                .attribute(ResponseLocalization.LOCALE_ATTRIBUTE, locale).retrieve().toBodilessEntity());
    }
}
