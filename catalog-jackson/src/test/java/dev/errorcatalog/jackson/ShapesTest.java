package dev.errorcatalog.jackson;

import static dev.errorcatalog.jackson.Bodies.CATALOG;
import static dev.errorcatalog.jackson.Bodies.LOCALIZER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.errorcatalog.ErrorCode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which objects are error items, and which text each shape localizes. */
class ShapesTest {

    private static final Locale DE = Locale.GERMAN;
    private static final String NOT_E164 = CATALOG.resolve(ErrorCode.NOT_E164, DE).text();

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "\"text\"", "42", "null", "{\"data\":[],\"links\":{}}",
            "{\"errors\":{\"code\":\"not_e164\",\"message\":\"x\"}}",
            "{\"errors\":[\"not_e164\", 1, null, {\"message\":\"no code\"}]}",
            "{\"data\":{\"errors\":[{\"code\":\"not_e164\",\"message\":\"not top-level\"}]}}",
            "[{\"errors\":[{\"code\":\"not_e164\",\"message\":\"in an array\"}]}]",
            "{\"jsonrpc\":\"1.0\",\"id\":1,\"error\":{\"code\":-32001,\"message\":\"not 2.0\"}}",
            "{\"id\":1,\"error\":{\"code\":-32001,\"message\":\"no jsonrpc\"}}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"code\":-32001,\"message\":\"a result\"}}",
            "{\"error_code\":null,\"error_message\":null}",
            "{\"error\":\"Unauthorized\"}"})
    void otherShapesComeBackUnchangedWithNoItem(String body) {
        LocalizedBody localized = LOCALIZER.localize(body, DE);
        assertFalse(localized.errorItemFound());
        assertEquals(body, localized.text());
    }

    @Test
    void theSpaceApiLocalizesTheDetailAndKeepsTheTitle() {
        String body = "{\"errors\":[{\"detail\":\"Not E.164\",\"status\":\"422\",\"title\":\"Invalid Attribute\",\"code\":\"not_e164\"}]}";
        LocalizedBody localized = LOCALIZER.localize(body, DE);
        assertEquals(Shape.SPACE_API, localized.items().get(0).shape());
        assertEquals(NOT_E164, localized.tree().at("/errors/0/detail").stringValue());
        assertEquals("Invalid Attribute", localized.tree().at("/errors/0/title").stringValue());
    }

    @Test
    void deliveryObjectsAreFoundAnywhere() {
        String body = "{\"data\":[{\"id\":\"a\",\"error_code\":null,\"error_message\":null},"
                + "{\"id\":\"b\",\"error_code\":\"unreachable_destination_handset\",\"error_message\":\"unreachable\"},"
                + "{\"id\":\"c\",\"nested\":{\"error_code\":\"carrier_violation\",\"error_message\":\"spam\"}}],\"links\":{}}";
        LocalizedBody localized = LOCALIZER.localize(body, DE);
        assertEquals(List.of("/data/1", "/data/2/nested"), localized.items().stream().map(ItemReport::pointer).toList());
        assertEquals(List.of(ErrorCode.UNREACHABLE_DESTINATION_HANDSET, ErrorCode.CARRIER_VIOLATION),
                localized.items().stream().map(ItemReport::resolved).toList());
        assertEquals(CATALOG.resolve(ErrorCode.CARRIER_VIOLATION, DE).text(),
                localized.tree().at("/data/2/nested/error_message").stringValue());
        assertEquals(List.of(Shape.DELIVERY, Shape.DELIVERY), localized.items().stream().map(ItemReport::shape).toList());
    }

    @Test
    void aNullTextOfAKnownCodeIsFilledIn() {
        String body = "{\"error_code\":\"carrier_violation\",\"error_message\":null}";
        assertEquals(CATALOG.resolve(ErrorCode.CARRIER_VIOLATION, DE).text(),
                LOCALIZER.localize(body, DE).tree().get("error_message").stringValue());
    }

    @Test
    void codesMatchIgnoringAsciiCaseOnly() {
        String body = "{\"errors\":[{\"code\":\"NOT_E164\",\"message\":\"x\"},{\"code\":\"not_e\u0131164\",\"message\":\"y\"}]}";
        LocalizedBody localized = LOCALIZER.localize(body, DE);
        assertEquals(ErrorCode.NOT_E164, localized.items().get(0).resolved());
        assertFalse(localized.items().get(0).isRenamed());
        assertEquals(null, localized.items().get(1).resolved());
    }

    @Test
    void aJsonRpcErrorWithTheFieldsInAnyOrder() {
        String body = "{\"error\":{\"message\":\"Method not found\",\"data\":{\"x\":1},\"code\":-32601},\"id\":\"7\",\"jsonrpc\":\"2.0\"}";
        LocalizedBody localized = LOCALIZER.localize(body, DE);
        assertEquals(ErrorCode.JSON_RPC_METHOD_NOT_FOUND, localized.items().get(0).resolved());
        assertEquals(CATALOG.resolve(ErrorCode.JSON_RPC_METHOD_NOT_FOUND, DE).text(), localized.tree().at("/error/message").stringValue());
        String unknown = "{\"jsonrpc\":\"2.0\",\"id\":\"7\",\"error\":{\"code\":-32099,\"message\":\"Server error\"}}";
        assertEquals(unknown, LOCALIZER.localize(unknown, DE).text());
    }
}
