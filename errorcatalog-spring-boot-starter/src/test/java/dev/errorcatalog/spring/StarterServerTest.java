package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.spring.app.Http;
import dev.errorcatalog.spring.app.TestApplication;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The starter with nothing of the application's own, against a real server on a random port. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StarterServerTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void errorCodeExceptionIsLocalizedProblemJsonInTheNegotiatedLanguage() {
        HttpResponse<String> response = http.post("/calls", "{\"to\": \"12345\"}", "de-CH, en;q=0.5");

        assertEquals(422, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("de", response.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")),
                response.headers().toString());
        JsonNode body = Http.json(response);
        assertEquals(422, body.get("status").asInt());
        assertEquals("not_e164", body.get("code").asString());
        assertEquals(1, body.get("errors").size());
        JsonNode item = body.get("errors").get(0);
        assertEquals("not_e164", item.get("code").asString());
        assertEquals("to", item.get("attribute").asString());
        assertEquals("validation_error", item.get("type").asString());
        assertEquals("https://signalwire.com/docs/apis/error-codes#not_e164", item.get("url").asString());
        assertEquals("Die Telefonnummer muss im E.164-Format vorliegen. (Parameter: to)", item.get("message").asString());
        assertEquals("Die Telefonnummer muss im E.164-Format vorliegen.", body.get("title").asString());
    }

    @ParameterizedTest(name = "Accept-Language [{0}] gets {1}")
    @CsvSource(delimiter = '|', value = {
        "de-CH|de", "es-MX,es;q=0.9|es", "gsw|de", "fr-FR, es;q=0.1|es", "fr|en", "*|en", "de;q=0, es;q=0.5|es"})
    void theLanguageIsNegotiatedWithTheInstalledLocales(String header, String expected) {
        assertEquals(expected, http.get("/locale", header).body());
        assertEquals(expected, http.post("/calls", "{}", header).headers().firstValue("Content-Language").orElseThrow());
    }

    @Test
    void aMissingOrBlankHeaderGetsTheCatalogsDefaultLocaleNeverTheJvms() {
        Locale jvm = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            for (String header : new String[] {null, "", "   ", ","}) {
                HttpResponse<String> response = http.post("/calls", "{\"to\": \"x\"}", header);
                assertEquals("en", response.headers().firstValue("Content-Language").orElseThrow(), "header " + header);
                assertEquals("The number must be in E.164 format.", Http.json(response).get("title").asString());
                assertEquals("en", http.get("/locale", header).body(), "header " + header);
            }
        } finally {
            Locale.setDefault(jvm);
        }
    }

    @Test
    void hostileHeadersAreAnsweredNormally() {
        String[] headers = {
            "x".repeat(7000),
            "de;q=abc, es;q=2, ;;;=,,de-, q=0.5",
            "de-" + "a".repeat(200) + ", es",
            "en;q=0.1, ".repeat(400) + "de",
            "{not_e164}, ${jndi:ldap://127.0.0.1/x}, ' OR 1=1 --",
        };
        for (String header : headers) {
            HttpResponse<String> response = http.post("/calls", "{\"to\": \"x\"}", header);
            assertEquals(422, response.statusCode(), header);
            String language = response.headers().firstValue("Content-Language").orElseThrow();
            assertTrue(language.equals("en") || language.equals("es") || language.equals("de"), language);
            assertEquals("not_e164", Http.json(response).get("code").asString());
        }
    }

    @Test
    void severalItemsAreAnsweredTogetherWithTheirArguments() {
        JsonNode body = Http.json(http.post("/purchases", "", "es"));

        assertEquals(3, body.get("errors").size());
        assertEquals("purchased_too_recently", body.get("code").asString());
        String first = body.get("errors").get(0).get("message").asString();
        assertTrue(first.contains("3 días") && first.contains(" 1 día "), first);
        assertEquals("base", body.get("errors").get(0).get("attribute").asString());
        assertEquals("to", body.get("errors").get(1).get("attribute").asString());
        String third = body.get("errors").get(2).get("message").asString();
        assertTrue(third.contains("5 días") && third.contains(" 2 días "), "each item its own values: " + third);
    }

    @Test
    void aMissingRequestParameterIsMissingRequiredParameter() {
        HttpResponse<String> response = http.get("/greeting", "de");

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("de", response.headers().firstValue("Content-Language").orElseThrow());
        JsonNode item = Http.json(response).get("errors").get(0);
        assertEquals("missing_required_parameter", item.get("code").asString());
        assertEquals("name", item.get("attribute").asString());
        assertEquals("Der übergebene Wert ist leer, aber erforderlich. (Parameter: name)", item.get("message").asString());
    }

    @Test
    void requiredValuesFailingBeanValidationAreMissingRequiredParameter() {
        JsonNode body = Http.json(http.post("/forms", "{\"name\": \" \"}", "es"));

        assertEquals(400, body.get("status").asInt());
        assertEquals(2, body.get("errors").size(), body.toString());
        for (JsonNode item : body.get("errors")) {
            assertEquals("missing_required_parameter", item.get("code").asString());
        }
        assertEquals(java.util.Set.of("name", "to"), java.util.Set.of(
                body.get("errors").get(0).get("attribute").asString(), body.get("errors").get(1).get("attribute").asString()));
    }

    @Test
    void aRequestBodyThatIsNotJsonIsNotAValidJson() {
        HttpResponse<String> response = http.post("/calls", "{\"to\": ", "es");

        assertEquals(400, response.statusCode());
        assertEquals("es", response.headers().firstValue("Content-Language").orElseThrow());
        assertEquals("not_a_valid_json", Http.json(response).get("code").asString());
    }

    @Test
    void otherValidationFailuresAndOtherSpringErrorsStaySpringsProblemDetail() {
        HttpResponse<String> tooLong = http.post("/forms", "{\"name\": \"a\", \"to\": \"b\", \"tag\": \"long\"}", "de");
        assertEquals(400, tooLong.statusCode());
        assertEquals("application/problem+json", tooLong.headers().firstValue("Content-Type").orElseThrow());
        assertNull(Http.json(tooLong).get("errors"), tooLong.body());

        HttpResponse<String> wrongMethod = http.get("/calls", "de");
        assertEquals(405, wrongMethod.statusCode());
        assertNull(Http.json(wrongMethod).get("code"), wrongMethod.body());
        assertFalse(wrongMethod.headers().firstValue("Content-Language").isPresent());
    }
}
