package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.spring.app.Http;
import dev.errorcatalog.spring.app.SignalWireStub;
import dev.errorcatalog.spring.app.TestApplication;
import dev.errorcatalog.spring.client.ResponseLocalization;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;

/**
 * A service that calls SignalWire (a stub on a random loopback port) with Spring Boot's RestClient and
 * WebClient builders: the error bodies its own code sees are in its user's language.
 */
@SpringBootTest(classes = {TestApplication.class, ClientLocalizationTest.Proxy.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"errorcatalog.client.hosts=127.0.0.1", "errorcatalog.client.max-body-size=2KB"})
class ClientLocalizationTest {

    static final SignalWireStub SIGNALWIRE = new SignalWireStub();

    @AfterAll
    static void stop() {
        SIGNALWIRE.close();
    }

    /** Endpoints that call upstream and answer with the error body and Content-Language their own code got. */
    @TestConfiguration
    @Import(Proxy.Endpoints.class)
    static class Proxy {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @RestController
        static class Endpoints {
            private final RestClient rest;
            private final WebClient web;

            Endpoints(RestClient.Builder rest, WebClient.Builder web) {
                this.rest = rest.build();
                this.web = web.build();
            }

            @GetMapping("/proxy/rest")
            ResponseEntity<String> rest(@RequestParam String url) {
                try {
                    return rest.get().uri(url).retrieve().toEntity(String.class);
                } catch (RestClientResponseException e) {
                    return ResponseEntity.status(e.getStatusCode())
                            .header("X-Upstream-Content-Language", String.valueOf(e.getResponseHeaders().getFirst("Content-Language")))
                            .body(new String(e.getResponseBodyAsByteArray(), StandardCharsets.UTF_8));
                }
            }

            @GetMapping("/proxy/web")
            ResponseEntity<String> web(@RequestParam String url) {
                ResponseEntity<String> upstream = web.get().uri(url).exchangeToMono(r -> r.toEntity(String.class)).block();
                return ResponseEntity.status(upstream.getStatusCode())
                        .header("X-Upstream-Content-Language", String.valueOf(upstream.getHeaders().getFirst("Content-Language")))
                        .body(upstream.getBody());
            }
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    RestClient.Builder restClients;

    @Autowired
    WebClient.Builder webClients;

    @Autowired
    MeterRegistry registry;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rest", "web"})
    void anErrorBodyFromSignalWireReachesTheApplicationInItsUsersLanguage(String client) {
        HttpResponse<String> response = proxy(client, SIGNALWIRE.url("/api/calls"), "de-CH");

        assertEquals(422, response.statusCode());
        assertEquals("de", response.headers().firstValue("X-Upstream-Content-Language").orElseThrow());
        JsonNode item = Http.json(response).get("errors").get(0);
        assertEquals("not_routable", item.get("code").asString());
        assertEquals("to", item.get("attribute").asString());
        assertEquals("validation_error", item.get("type").asString());
        assertEquals("https://developer.signalwire.com/rest/overview/error-codes/#not_routable", item.get("url").asString());
        assertTrue(item.get("message").asString().contains("(Parameter: to)"), item.toString());
        assertFalse(item.get("message").asString().contains("The call is not routable"), item.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rest", "web"})
    void anUnknownCodeKeepsItsUpstreamTextAndTheLanguagesAreNamedAndCounted(String client) {
        double before = unknownCodes();
        HttpResponse<String> response = proxy(client, SIGNALWIRE.url("/api/messages"), "es");

        JsonNode body = Http.json(response);
        assertEquals(422, body.get("statusCode").asInt());
        assertTrue(body.get("errors").get(0).get("message").asString().startsWith("El número debe estar en formato E.164."));
        assertEquals("Something new went wrong", body.get("errors").get(1).get("message").asString());
        assertEquals("es, en", response.headers().firstValue("X-Upstream-Content-Language").orElseThrow());
        assertEquals(before + 1, unknownCodes());
    }

    @ParameterizedTest(name = "{0} {1}")
    @ValueSource(strings = {"/api/ok", "/api/html", "/api/text", "/api/big", "/api/big-chunked"})
    void otherResponsesPassUnchanged(String path) {
        for (String client : path.endsWith("chunked") ? new String[] {"rest"} : new String[] {"rest", "web"}) {
            HttpResponse<String> direct = new Http(0).getAbsolute(SIGNALWIRE.url(path));
            HttpResponse<String> proxied = proxy(client, SIGNALWIRE.url(path), "de");
            assertEquals(direct.body(), proxied.body(), client + " " + path);
            assertEquals("null", proxied.headers().firstValue("X-Upstream-Content-Language").orElse("null"), client + " " + path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rest", "web"})
    void aBodyOfUnknownLengthWithinTheLimitIsLocalized(String client) {
        HttpResponse<String> response = proxy(client, SIGNALWIRE.url("/api/chunked"), "es");
        assertEquals("es", response.headers().firstValue("X-Upstream-Content-Language").orElseThrow());
    }

    @Test
    void aWebClientBodyOfUnknownLengthOverTheLimitFailsAsWebClientsCodecsDo() {
        WebClient web = webClients.build();
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> web.get()
                .uri(SIGNALWIRE.url("/api/big-chunked")).exchangeToMono(r -> r.toEntity(String.class)).block());
        assertTrue(e instanceof org.springframework.core.io.buffer.DataBufferLimitException
                || e.getCause() instanceof org.springframework.core.io.buffer.DataBufferLimitException, e.toString());
    }

    @Test
    void hostsNotConfiguredPassUnchanged() {
        for (String client : new String[] {"rest", "web"}) {
            HttpResponse<String> proxied = proxy(client, SIGNALWIRE.urlByName("/api/calls"), "de");
            assertEquals(SignalWireStub.NOT_ROUTABLE, proxied.body(), client);
        }
    }

    @Test
    void outsideARequestTheLanguageIsTheRequestAttributeElseTheCatalogsDefault() {
        RestClient rest = restClients.build();
        Locale jvm = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            RestClientResponseException byDefault = org.junit.jupiter.api.Assertions.assertThrows(RestClientResponseException.class,
                    () -> rest.get().uri(SIGNALWIRE.url("/api/calls")).retrieve().toBodilessEntity());
            assertEquals("en", byDefault.getResponseHeaders().getFirst("Content-Language"));

            RestClientResponseException byAttribute = org.junit.jupiter.api.Assertions.assertThrows(RestClientResponseException.class,
                    () -> rest.get().uri(SIGNALWIRE.url("/api/calls"))
                            .attribute(ResponseLocalization.LOCALE_ATTRIBUTE, Locale.forLanguageTag("es")).retrieve().toBodilessEntity());
            assertEquals("es", byAttribute.getResponseHeaders().getFirst("Content-Language"));
        } finally {
            Locale.setDefault(jvm);
        }
    }

    private HttpResponse<String> proxy(String client, String url, String acceptLanguage) {
        return new Http(port).get("/proxy/" + client + "?url=" + java.net.URLEncoder.encode(url, StandardCharsets.UTF_8),
                acceptLanguage);
    }

    private double unknownCodes() {
        return registry.find("errorcatalog.fallbacks").tag("reason", "unknown_code").tag("locale", "en").counters()
                .stream().mapToDouble(c -> c.count()).sum();
    }
}
