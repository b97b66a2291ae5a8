package dev.errorcatalog.jackson;

import static dev.errorcatalog.jackson.Bodies.CATALOG;
import static dev.errorcatalog.jackson.Bodies.LOCALIZER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.MessageKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** RFC 9457 rendering of a localized body, with the headers to send. */
class ProblemDetailsTest {

    private static final Locale DE = Locale.GERMAN;

    @Test
    void aRestBodyBecomesAProblemWithEveryItemInErrors() {
        LocalizedBody body = LOCALIZER.localize(Bodies.text("rest-invite-token-create-422.json"), DE);
        ProblemDetails problem = LOCALIZER.problem(body, 422, "/api/video/room_tokens");
        String message = CATALOG.resolve(ErrorCode.INVALID_PARAMETER, DE).text();
        JsonNode tree = problem.tree();
        assertEquals(List.of("type", "title", "status", "detail", "instance", "code", "errors"),
                List.copyOf(tree.propertyNames()));
        assertEquals("https://signalwire.com/docs/apis/error-codes#invalid_parameter", tree.get("type").stringValue());
        assertEquals(message, tree.get("title").stringValue());
        assertEquals(422, tree.get("status").intValue());
        assertEquals(message + " (Parameter: address_id)", tree.get("detail").stringValue());
        assertEquals("/api/video/room_tokens", tree.get("instance").stringValue());
        assertEquals("invalid_parameter", tree.get("code").stringValue());
        assertEquals(3, tree.get("errors").size());
        assertEquals("{\"type\":\"validation_error\",\"code\":\"invalid_parameter\",\"message\":\"" + message
                + " (Parameter: expires_at)\",\"attribute\":\"expires_at\",\"url\":\"https://signalwire.com/docs/rest/overview/"
                + "error-codes#invalid_parameter\",\"pointer\":\"/errors/1\"}", tree.get("errors").get(1).toString());
    }

    @Test
    void theHeadersToSend() {
        ProblemDetails problem = LOCALIZER.problem(LOCALIZER.localize(Bodies.text("rest-error-codes-page.json"), DE), 422, null);
        assertEquals("application/problem+json", problem.contentType());
        assertEquals(Map.of("Content-Type", "application/problem+json", "Content-Language", "de", "Vary", "Accept-Language"),
                problem.headers());
        assertEquals(List.of("Content-Type", "Content-Language", "Vary"), List.copyOf(problem.headers().keySet()));
        assertEquals("Accept-Language", problem.vary());
        assertEquals(422, problem.status());
        assertEquals(null, problem.tree().get("instance"), "no instance unless given");
    }

    @Test
    void aRenamedCodeIsNamedByItsSuccessorAndTheTypeIsConfigurable() {
        BodyLocalizer localizer = BodyLocalizer.builder(CATALOG).problemType("https://errors.example.com/{code}").build();
        ProblemDetails problem = localizer.problem(localizer.localize(Bodies.text("rest-swml-webhook-create-422.json"), DE), 422, null);
        assertEquals("https://errors.example.com/not_an_http_url", problem.tree().get("type").stringValue());
        assertEquals("not_an_http_url", problem.tree().get("code").stringValue());
        ProblemDetails rpc = localizer.problem(localizer.localize(Bodies.text("json-rpc-conversation-not-found.json"), DE), 404, null);
        assertEquals("https://errors.example.com/-32001", rpc.tree().get("type").stringValue());
        assertEquals("-32001", rpc.tree().get("code").stringValue());
    }

    @Test
    void anUnknownCodeKeepsItsTextAndIsEncodedInTheType() {
        String body = "{\"errors\":[{\"code\":\"new code/ü\",\"message\":\"Upstream text\"}]}";
        ProblemDetails problem = LOCALIZER.problem(LOCALIZER.localize(body, DE), 400, null);
        assertEquals("https://signalwire.com/docs/apis/error-codes#new%20code%2F%C3%BC", problem.tree().get("type").stringValue());
        assertEquals("Upstream text", problem.tree().get("title").stringValue());
        assertEquals("Upstream text", problem.tree().get("detail").stringValue());
        assertEquals("en", problem.contentLanguage().orElseThrow());
    }

    @Test
    void itemsOfOtherShapesGetTheRestShapeWithTheirDocumentationLink() {
        ProblemDetails problem = LOCALIZER.problem(LOCALIZER.localize(Bodies.text("json-rpc-conversation-not-found.json"), DE), 404, null);
        assertEquals("{\"type\":null,\"code\":\"-32001\",\"message\":\"" + CATALOG.resolve(ErrorCode.CONVERSATION_NOT_FOUND, DE).text()
                + "\",\"attribute\":null,\"url\":\"https://signalwire.com/docs/apis/error-codes#-32001\",\"pointer\":\"/error\"}",
                problem.tree().get("errors").get(0).toString());
        ProblemDetails log = LOCALIZER.problem(LOCALIZER.localize(Bodies.text("delivery-message-log.json"), DE), 400, null);
        assertEquals("{\"type\":null,\"code\":\"21601\",\"message\":\"From number is not a SMS-capable phone number.\","
                + "\"attribute\":null,\"url\":\"https://signalwire.com/docs/apis/error-codes#21601\",\"pointer\":\"\"}",
                log.tree().get("errors").get(0).toString(), "not the message's own type and url");
        ProblemDetails base = LOCALIZER.problem(LOCALIZER.localize(Bodies.text("rest-messages-update-422.json"), DE), 422, null);
        assertEquals("base", base.tree().at("/errors/1/attribute").stringValue(), "the attribute as received");
    }

    @Test
    void aBodyWithoutItemsIsAnAboutBlankProblem() {
        ProblemDetails problem = LOCALIZER.problem(LOCALIZER.localize("{\"error\":\"Unauthorized\"}", DE), 401, null);
        assertEquals("{\"type\":\"about:blank\",\"title\":\"" + CATALOG.resolve(MessageKey.UNEXPECTED_ERROR, DE, Map.of()).text()
                + "\",\"status\":401}", problem.text());
        assertEquals("de", problem.contentLanguage().orElseThrow());
    }

    @Test
    void theStatusIsAnHttpStatus() {
        LocalizedBody body = LOCALIZER.localize("{}", DE);
        assertThrows(IllegalArgumentException.class, () -> LOCALIZER.problem(body, 99, null));
        assertThrows(IllegalArgumentException.class, () -> LOCALIZER.problem(body, 600, null));
    }
}
