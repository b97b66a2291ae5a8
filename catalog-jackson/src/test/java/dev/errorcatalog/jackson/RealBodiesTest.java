package dev.errorcatalog.jackson;

import static dev.errorcatalog.jackson.Bodies.CATALOG;
import static dev.errorcatalog.jackson.Bodies.LOCALIZER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import dev.errorcatalog.ResolvedMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every real SignalWire body under src/test/resources/bodies (see SOURCES.md there), in German and Spanish. */
class RealBodiesTest {

    private static final Locale DE = Locale.GERMAN;
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Stream<String> bodies() {
        return Stream.of("rest-error-codes-page.json", "rest-ai-agent-create-422.json", "rest-invite-token-create-422.json",
                "rest-messages-update-422.json", "rest-swml-webhook-create-422.json", "rest-message-logs-list-422.json",
                "rest-ai-chat-invalid-json.json", "rest-issue-not-routable.json", "space-api-validation-error.json",
                "delivery-message-log.json", "delivery-status-callback-delivered.json",
                "delivery-status-callback-undelivered.json", "json-rpc-conversation-not-found.json");
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void everyFieldButTheItemTextsIsKeptInOrder(String name) {
        for (Locale locale : List.of(DE, ES, Locale.ENGLISH)) {
            LocalizedBody body = LOCALIZER.localize(Bodies.text(name), locale);
            JsonNode original = MAPPER.readTree(Bodies.text(name));
            JsonNode restored = body.tree();
            for (ItemReport item : body.items()) {
                ObjectNode object = (ObjectNode) restored.at(item.pointer());
                object.set(item.shape().textField(), original.at(item.pointer()).get(item.shape().textField()));
            }
            assertEquals(original.toString(), restored.toString(), name + " in " + locale);
            assertFalse(body.text().matches("(?s).*\\{\\w+}.*"), body.text());
        }
    }

    @Test
    void theErrorCodePageExampleNamesItsParameterInEachLanguage() {
        String body = Bodies.text("rest-error-codes-page.json");
        String de = CATALOG.resolve(ErrorCode.INVALID_PARAMETER, DE).text();
        String es = CATALOG.resolve(ErrorCode.INVALID_PARAMETER, ES).text();
        assertEquals(de + " (Parameter: name)", message(LOCALIZER.localize(body, DE), "/errors/0"));
        assertEquals(es + " (parámetro: name)", message(LOCALIZER.localize(body, ES), "/errors/0"));
        assertEquals("This list contains an invalid entry. (parameter: name)", message(LOCALIZER.localize(body, Locale.ENGLISH), "/errors/0"));
        LocalizedBody localized = LOCALIZER.localize(body, DE);
        assertEquals("de", localized.contentLanguage().orElseThrow());
        assertEquals(List.of(new ItemReport("/errors/0", Shape.REST, "invalid_parameter", ErrorCode.INVALID_PARAMETER,
                Fallback.NONE, DE, true, List.of(), de + " (Parameter: name)", null)), localized.items());
    }

    @Test
    void threeItemsAreEachLocalizedWithTheirOwnParameter() {
        LocalizedBody body = LOCALIZER.localize(Bodies.text("rest-invite-token-create-422.json"), DE);
        String text = CATALOG.resolve(ErrorCode.INVALID_PARAMETER, DE).text();
        assertEquals(List.of(text + " (Parameter: address_id)", text + " (Parameter: expires_at)", text + " (Parameter: expires_at)"),
                body.items().stream().map(ItemReport::text).toList());
        assertEquals(List.of("/errors/0", "/errors/1", "/errors/2"), body.items().stream().map(ItemReport::pointer).toList());
        assertEquals(422, body.tree().get("statusCode").intValue());
    }

    @Test
    void baseAndNullAttributesNameNoParameter() {
        LocalizedBody redact = LOCALIZER.localize(Bodies.text("rest-messages-update-422.json"), DE);
        assertEquals(withParameter(ErrorCode.BODY_MUST_BE_EMPTY, DE, "body"), message(redact, "/errors/0"));
        assertEquals(CATALOG.resolve(ErrorCode.CANNOT_REDACT_IN_PROGRESS_MESSAGE, DE).text(), message(redact, "/errors/1"));
        LocalizedBody json = LOCALIZER.localize(Bodies.text("rest-ai-chat-invalid-json.json"), DE);
        assertEquals(CATALOG.resolve(ErrorCode.NOT_A_VALID_JSON, DE).text(), message(json, "/errors/0"));
        assertTrue(json.tree().at("/errors/0").get("attribute").isNull());
    }

    @Test
    void renamedCodesResolveToTheirSuccessorAndSaySo() {
        LocalizedBody body = LOCALIZER.localize(Bodies.text("rest-swml-webhook-create-422.json"), DE);
        ItemReport item = body.items().get(0);
        assertEquals("http_url_required", item.code());
        assertEquals(ErrorCode.NOT_AN_HTTP_URL, item.resolved());
        assertTrue(item.isRenamed());
        assertEquals(Fallback.NONE, item.fallback());
        assertEquals(withParameter(ErrorCode.NOT_AN_HTTP_URL, DE, "status_callback_url"), item.text());
        assertEquals("http_url_required", body.tree().at("/errors/0/code").stringValue(), "the code field stays as received");
        ItemReport datetime = LOCALIZER.localize(Bodies.text("rest-message-logs-list-422.json"), ES).items().get(0);
        assertEquals(ErrorCode.NOT_A_DATETIME, datetime.resolved());
        assertFalse(LOCALIZER.localize(Bodies.text("rest-error-codes-page.json"), ES).items().get(0).isRenamed());
    }

    @Test
    void theSpaceApiExampleCarriesNoCatalogCodeAndKeepsItsText() {
        LocalizedBody body = LOCALIZER.localize(Bodies.text("space-api-validation-error.json"), DE);
        assertEquals(Bodies.text("space-api-validation-error.json"), body.text());
        ItemReport item = body.items().get(0);
        assertEquals(Shape.SPACE_API, item.shape());
        assertEquals("422", item.code());
        assertNull(item.resolved());
        assertEquals(Fallback.UNKNOWN_CODE, item.fallback());
        assertEquals("Label can't be blank", item.text());
        assertEquals("en", body.contentLanguage().orElseThrow(), "the upstream text is English, and says so");
    }

    @Test
    void aMessageLogWithALamlCodeKeepsItsTextAndADeliveryCodeIsLocalized() {
        LocalizedBody log = LOCALIZER.localize(Bodies.text("delivery-message-log.json"), DE);
        assertEquals(Bodies.text("delivery-message-log.json"), log.text());
        assertEquals(List.of(Shape.DELIVERY), log.items().stream().map(ItemReport::shape).toList());
        assertEquals("21601", log.items().get(0).code());
        assertEquals(Fallback.UNKNOWN_CODE, log.items().get(0).fallback());

        LocalizedBody failed = LOCALIZER.localize(Bodies.text("delivery-status-callback-undelivered.json"), ES);
        assertEquals(CATALOG.resolve(ErrorCode.UNREACHABLE_DESTINATION_HANDSET, ES).text(),
                failed.tree().get("error_message").stringValue());
        assertEquals(ErrorCode.UNREACHABLE_DESTINATION_HANDSET, failed.items().get(0).resolved());
        assertEquals("", failed.items().get(0).pointer(), "the whole document");
    }

    @Test
    void aDeliveredCallbackHasNoErrorItemAndComesBackUnchanged() {
        LocalizedBody body = LOCALIZER.localize(Bodies.bytes("delivery-status-callback-delivered.json"), DE);
        assertFalse(body.errorItemFound());
        assertEquals(List.of(), body.items());
        assertTrue(body.contentLanguage().isEmpty());
        assertEquals(Bodies.text("delivery-status-callback-delivered.json"), body.text());
    }

    @Test
    void theJsonRpcErrorIsLocalizedByItsNumber() {
        LocalizedBody body = LOCALIZER.localize(Bodies.text("json-rpc-conversation-not-found.json"), DE);
        ItemReport item = body.items().get(0);
        assertEquals(Shape.JSON_RPC, item.shape());
        assertEquals("-32001", item.code());
        assertEquals(ErrorCode.CONVERSATION_NOT_FOUND, item.resolved());
        assertEquals("/error", item.pointer());
        assertEquals(CATALOG.resolve(ErrorCode.CONVERSATION_NOT_FOUND, DE).text(), body.tree().at("/error/message").stringValue());
        assertEquals(-32001, body.tree().at("/error/code").intValue());
        assertEquals("req-1", body.tree().get("id").stringValue());
    }

    /** The code's message with the wrapper of the language it came in (a code not yet translated comes in English). */
    static String withParameter(ErrorCode code, Locale locale, String attribute) {
        ResolvedMessage message = CATALOG.resolve(code, locale);
        String wrapper = Map.of("en", "%s (parameter: %s)", "es", "%s (parámetro: %s)", "de", "%s (Parameter: %s)")
                .get(message.locale().getLanguage());
        return String.format(Locale.ROOT, wrapper, message.text(), attribute);
    }

    private static String message(LocalizedBody body, String pointer) {
        return body.tree().at(pointer).get("message").stringValue();
    }
}
