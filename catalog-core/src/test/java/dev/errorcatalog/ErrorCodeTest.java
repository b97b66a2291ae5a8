package dev.errorcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void catalogHasEveryDocumentedCodeOnceSpelledAsOnTheWire() {
        Set<String> codes = new HashSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            assertTrue(code.code().matches("[a-z0-9]+(_[a-z0-9]+)*"), code.code());
            assertEquals(code.name().toLowerCase(Locale.ROOT), code.code());
            assertTrue(codes.add(code.code()), "duplicate " + code.code());
        }
        assertEquals(181, codes.size());
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
    void messageKeysAreTheCodesThenTheThreeGenericMessages() {
        List<MessageKey> keys = MessageKey.all();
        int codes = ErrorCode.values().length;
        assertEquals(codes + 3, keys.size());
        assertEquals(ErrorCode.values()[0].key(), keys.get(0));
        assertEquals(MessageKey.UNKNOWN_CODE, keys.get(codes));
        assertEquals(MessageKey.UNEXPECTED_ERROR, keys.get(codes + 1));
        assertEquals(MessageKey.WITH_ATTRIBUTE, keys.get(codes + 2));
    }
}
