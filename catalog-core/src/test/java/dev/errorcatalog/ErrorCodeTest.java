package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void catalogHasEveryDocumentedCodeOnceSpelledAsOnTheWire() {
        Set<String> codes = new HashSet<>();
        int jsonRpc = 0;
        for (ErrorCode code : ErrorCode.values()) {
            if (code.code().startsWith("-")) {
                jsonRpc++;
                assertTrue(code.code().matches("-32[0-9]{3}"), code.code());
                assertTrue(code.ordinal() >= 242, "the JSON-RPC codes come last: " + code);
            } else {
                assertTrue(code.code().matches("[a-z0-9]+(_[a-z0-9]+)*"), code.code());
                assertEquals(code.name().toLowerCase(Locale.ROOT), code.code());
            }
            assertTrue(codes.add(code.code()), "duplicate " + code.code());
        }
        assertEquals(253, codes.size());
        assertEquals(11, jsonRpc);
    }

    @Test
    void versionOneCodesKeepTheirOrdinalsAndTheNewOnesFollow() {
        assertEquals(180, ErrorCode.VERIFICATION_REQUEST_TOO_SOON.ordinal());
        assertEquals(181, ErrorCode.ASSOCIATED_CAMPAIGN_INACTIVE.ordinal());
        assertEquals(241, ErrorCode.VERIFIED_CALLER_ID_NOT_PERMITTED.ordinal());
        assertEquals(242, ErrorCode.CONVERSATION_NOT_FOUND.ordinal());
        assertEquals(252, ErrorCode.JSON_RPC_INTERNAL_ERROR.ordinal());
    }

    @Test
    void jsonRpcCodesAreTheNumberAsAString() {
        assertEquals("-32001", ErrorCode.CONVERSATION_NOT_FOUND.code());
        assertEquals("-32005", ErrorCode.SUMMARIZE_RATE_LIMIT_EXCEEDED.code());
        assertEquals("-32600", ErrorCode.JSON_RPC_INVALID_REQUEST.code());
        assertEquals("-32603", ErrorCode.JSON_RPC_INTERNAL_ERROR.code());
        assertEquals(ErrorCode.MODEL_PROVIDER_ERROR, ErrorCode.fromCode("-32003").orElseThrow());
        assertEquals("rate_limit_exceeded", ErrorCode.RATE_LIMIT_EXCEEDED.code(), "the REST code keeps its name");
    }

    @Test
    void renamesMapEachOldCodeToACurrentSuccessor() {
        Map<String, ErrorCode> renames = ErrorCode.renames();
        assertEquals(18, renames.size());
        assertEquals(ErrorCode.NOT_AN_HTTP_URL, renames.get("http_url_required"));
        assertEquals(ErrorCode.NOT_A_DATETIME, renames.get("datetime_required"));
        assertEquals(ErrorCode.MUST_SPECIFY_RELATED_PARAMETER, renames.get("related_parameter_required"));
        assertEquals("address_limit_exceeded", renames.keySet().iterator().next(), "in the documentation's order");
        for (String old : renames.keySet()) {
            assertFalse(ErrorCode.fromCode(old).isPresent(), old + " is a current code");
        }
        assertThrows(UnsupportedOperationException.class, () -> renames.put("x", ErrorCode.NOT_E164));
    }

    @Test
    void newCodesDeclareTheirLimitsAsArguments() {
        assertEquals(List.of(Argument.pluralCount("maxBytes", 1024)), ErrorCode.CUSTOM_VARIABLE_VALUE_TOO_LONG.arguments());
        assertEquals(List.of(Argument.pluralCount("maxMediaItems", 8)), ErrorCode.MEDIA_LIMIT_EXCEEDED.arguments());
        assertEquals(List.of(Argument.pluralCount("dailyLimit", 200)), ErrorCode.PFT_DAILY_LIMIT_EXCEEDED.arguments());
        assertEquals(List.of(Argument.pluralCount("dailyLimit", 1000)),
                ErrorCode.SOLE_PROPRIETOR_DAILY_LIMIT_EXCEEDED.arguments());
        assertEquals(List.of(Argument.pluralCount("maxKeys", 20)), ErrorCode.TOO_MANY_CUSTOM_VARIABLES.arguments());
        assertEquals(List.of(Argument.text("contentType", "%{content_type}")), ErrorCode.UNSUPPORTED_MEDIA_TYPE.arguments());
    }

    @Test
    void fromCodeFindsExactWireCodesOnly() {
        assertEquals(ErrorCode.INVALID_NUMBER_FORMAT, ErrorCode.fromCode("invalid_number_format").orElseThrow());
        assertFalse(ErrorCode.fromCode("INVALID_NUMBER_FORMAT").isPresent());
        assertFalse(ErrorCode.fromCode("no_such_code").isPresent());
        assertFalse(ErrorCode.fromCode(null).isPresent());
    }

    @Test
    void argumentExamplesMatchTheirKinds() {
        for (ErrorCode code : ErrorCode.values()) {
            for (Argument argument : code.arguments()) {
                assertTrue(argument.type().accepts(argument.example()), code + "." + argument.name());
            }
        }
        assertEquals(List.of("waitDays", "trialWaitDays"),
                ErrorCode.PURCHASED_TOO_RECENTLY.arguments().stream().map(Argument::name).toList());
        assertEquals(ArgumentType.PLURAL, ErrorCode.PURCHASED_TOO_RECENTLY.arguments().get(0).type());
        assertEquals(ArgumentType.NUMBER, ErrorCode.INCORRECT_NUMBER_OF_SUB_USE_CASES_MIXED.arguments().get(0).type());
        assertEquals(ArgumentType.TEXT, ErrorCode.MAX_QUEUED_MESSAGES_EXCEEDED.arguments().get(0).type());
    }

    @Test
    void messageKeysAreTheCodesThenTheTwoGenericMessages() {
        List<MessageKey> keys = MessageKey.all();
        assertEquals(255, keys.size());
        assertEquals(ErrorCode.values()[0].key(), keys.get(0));
        assertEquals(ErrorCode.JSON_RPC_INTERNAL_ERROR.key(), keys.get(252));
        assertEquals(MessageKey.UNKNOWN_CODE, keys.get(253));
        assertEquals(MessageKey.UNEXPECTED_ERROR, keys.get(254));
    }
}
