package dev.errorcatalog.jackson;

import static dev.errorcatalog.jackson.Bodies.CATALOG;
import static dev.errorcatalog.jackson.Bodies.LOCALIZER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Everything but the replaced texts comes back byte for byte, from every kind of input. */
class ExactnessTest {

    private static final Locale DE = Locale.GERMAN;
    private static final String BODY = "{ \"request_id\" : \"r-1\", \"amount\": 1e400, \"price\":0.10, \"big\": 123456789012345678901234567890,"
            + " \"neg\": -0.0,\n  \"errors\" : [ {\"zeta\":true, \"code\" : \"not_e164\" , \"message\" : \"caf\\u00e9 \\\"x\\\"\","
            + " \"attribute\":\"to\", \"url\":\"https://signalwire.com/docs/apis/error-codes\", \"extra\": {\"nested\": [1, 2.50]}} ],"
            + " \"z\": null }";
    private static final String LOCALIZED = CATALOG.resolve(ErrorCode.NOT_E164, DE).text() + " (Parameter: to)";

    private static String expected(String replacement) {
        return BODY.replace("\"caf\\u00e9 \\\"x\\\"\"", replacement);
    }

    private static String quoted(String text) {
        return JsonMapper.builder().build().writeValueAsString(text);
    }

    @Test
    void onlyTheTextChangesByteForByte() {
        assertEquals(expected(quoted(LOCALIZED)), LOCALIZER.localize(BODY, DE).text());
    }

    @Test
    void everyInputGivesTheSameBytes() throws IOException {
        byte[] expected = expected(quoted(LOCALIZED)).getBytes(StandardCharsets.UTF_8);
        byte[] input = BODY.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, LOCALIZER.localize(input, DE).bytes());
        assertArrayEquals(expected, LOCALIZER.localize(new ByteArrayInputStream(input), DE).bytes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LOCALIZER.localize(input, DE).writeTo(out);
        assertArrayEquals(expected, out.toByteArray());
        assertArrayEquals(BODY.getBytes(StandardCharsets.UTF_8), input, "the input is not modified");
    }

    @Test
    void theTreeKeepsPrecisionAndScale() {
        JsonNode tree = LOCALIZER.localize(BODY, DE).tree();
        assertEquals(new BigDecimal("1e400"), tree.get("amount").decimalValue());
        assertEquals("0.10", tree.get("price").decimalValue().toPlainString());
        assertEquals("0.10", tree.get("price").toString());
        assertEquals("123456789012345678901234567890", tree.get("big").bigIntegerValue().toString());
        assertEquals(LOCALIZED, tree.at("/errors/0/message").stringValue());
    }

    @Test
    void aTreeInputIsLocalizedAndLeftUnchanged() {
        JsonNode input = LOCALIZER.localize(BODY, Locale.ENGLISH).tree();
        String before = input.toString();
        LocalizedBody body = LOCALIZER.localize(input, DE);
        assertEquals(LOCALIZED, body.tree().at("/errors/0/message").stringValue());
        assertEquals(before, input.toString());
        assertEquals(new BigDecimal("1e400"), body.tree().get("amount").decimalValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "tab\there", "quote\" and \\ backslash", "\u0001\u001f control", "emoji 😀 and ünï",
            "lone \uD800 surrogate", "</script>"})
    void anyTextIsWrittenAsValidJson(String text) {
        String body = "{\"errors\":[{\"code\":\"max_queued_messages_exceeded\",\"message\":\"m\"}]}";
        LocalizedBody localized = LOCALIZER.localize(body, DE, java.util.Map.of("subject", text));
        String expected = CATALOG.resolve(ErrorCode.MAX_QUEUED_MESSAGES_EXCEEDED, DE, java.util.Map.of("subject", text)).text();
        assertEquals(expected, localized.tree().at("/errors/0/message").stringValue());
        assertDoesNotThrow(() -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(localized.bytes())),
                "valid UTF-8, also for a lone surrogate");
        if (!text.contains("\uD800")) {
            assertEquals(body.replace("\"m\"", quoted(expected)), localized.text(), "escaped as Jackson escapes");
        }
    }

    @Test
    void theOriginalTextIsKeptVerbatimInAnAddedFieldOnRequest() {
        BodyLocalizer keeping = BodyLocalizer.builder(CATALOG).keepOriginal("original_message").build();
        assertEquals(expected(quoted(LOCALIZED) + ",\"original_message\":\"caf\\u00e9 \\\"x\\\"\""), keeping.localize(BODY, DE).text());
        String already = "{\"errors\":[{\"code\":\"not_e164\",\"message\":\"new\",\"original_message\":\"first\"}]}";
        assertEquals("first", keeping.localize(already, DE).tree().at("/errors/0/original_message").stringValue());
        String unknown = "{\"errors\":[{\"code\":\"brand_new\",\"message\":\"kept\"}]}";
        assertEquals(unknown, keeping.localize(unknown, DE).text(), "nothing replaced, nothing added");
        String rpc = Bodies.text("json-rpc-conversation-not-found.json");
        assertEquals("Conversation not found", keeping.localize(rpc, DE).tree().at("/error/original_message").stringValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "message", "code", "error_message", "detail"})
    void theOriginalCannotGoIntoAFieldTheShapesRead(String field) {
        assertThrows(IllegalArgumentException.class, () -> BodyLocalizer.builder(CATALOG).keepOriginal(field));
    }
}
