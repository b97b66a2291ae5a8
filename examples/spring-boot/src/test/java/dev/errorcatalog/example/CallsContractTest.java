package dev.errorcatalog.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example service's contract (issue 11), against the real server on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CallsContractTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void anE164NumberIsCreatedAndEchoed() throws Exception {
        HttpResponse<String> response = post("{\"to\": \"+14155550100\"}", "de-CH");

        assertEquals(201, response.statusCode());
        assertEquals("+14155550100", JSON.readTree(response.body()).get("to").asString());
    }

    @ParameterizedTest(name = "to={0}, Accept-Language {1}")
    @CsvSource(delimiter = '|', value = {
        "\"12345\"|de-CH|de|Die Telefonnummer muss im E.164-Format vorliegen. (Parameter: to)",
        "\"+0123\"|es-MX|es|El número debe estar en formato E.164. (parámetro: to)",
        "\"4155550100\"|fr-FR|en|The number must be in E.164 format. (parameter: to)",
        "\"+1 415 555 0100\"||en|The number must be in E.164 format. (parameter: to)",
    })
    void anyOtherValueIsA422NotE164InTheNegotiatedLanguage(String to, String acceptLanguage, String language, String text)
            throws Exception {
        HttpResponse<String> response = post("{\"to\": " + to + "}", acceptLanguage);

        assertProblem(response, language, "not_e164", text);
    }

    @ParameterizedTest(name = "body {0}")
    @CsvSource(delimiter = '|', value = {"{}", "{\"to\": null}", "{\"to\": \"  \"}", "''"})
    void aMissingToIsA422MissingRequiredParameter(String body) throws Exception {
        HttpResponse<String> response = post(body, "de");

        assertProblem(response, "de", "missing_required_parameter",
                "Der übergebene Wert ist leer, aber erforderlich. (Parameter: to)");
    }

    private static void assertProblem(HttpResponse<String> response, String language, String code, String text) {
        assertEquals(422, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(language, response.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(422, body.get("status").asInt());
        assertEquals(code, body.get("code").asString());
        assertEquals(1, body.get("errors").size());
        JsonNode item = body.get("errors").get(0);
        assertEquals(code, item.get("code").asString());
        assertEquals("to", item.get("attribute").asString());
        assertEquals(text, item.get("message").asString());
        assertEquals("validation_error", item.get("type").asString());
    }

    private HttpResponse<String> post(String json, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/calls"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
