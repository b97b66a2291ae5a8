package dev.errorcatalog.jackson;

import static dev.errorcatalog.jackson.Bodies.LOCALIZER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.Fallback;
import dev.errorcatalog.jackson.InvalidBodyException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bodies that are not what they should be: a clear exception or the unchanged body, bounded, original kept. */
class BadBodiesTest {

    private static final Locale DE = Locale.GERMAN;
    private static final long LIMIT = BodyLocalizer.DEFAULT_LIMITS.getMaxDocumentLength();

    private static InvalidBodyException rejected(String body, Reason reason) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        byte[] copy = bytes.clone();
        InvalidBodyException e = assertThrows(InvalidBodyException.class, () -> LOCALIZER.localize(bytes, DE));
        assertEquals(reason, e.reason(), e.getMessage());
        assertArrayEquals(copy, bytes, "the caller's body is left as it was");
        assertEquals(0, e.bytesRead().length);
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertEquals(reason, assertThrows(InvalidBodyException.class, () -> LOCALIZER.localize(body, DE)).reason());
        InvalidBodyException streamed = assertThrows(InvalidBodyException.class,
                () -> LOCALIZER.localize(new ByteArrayInputStream(bytes), DE));
        assertEquals(reason, streamed.reason());
        assertArrayEquals(bytes, streamed.bytesRead(), "a stream's bytes come back with the exception");
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hello                                  | the body is not JSON: Unrecognized token 'hello'",
            "<html><body>502 Bad Gateway</body>     | the body is not JSON: Unexpected character ('<'",
            "{'errors':[]}                          | the body is not JSON: Unexpected character (''' (code 39))",
            "{\"errors\":[]} {\"more\":1}           | the body has more content after its JSON value",
            "{\"errors\":[]},                       | the body is not JSON: Unexpected character (',' (code 44))"})
    void notJson(String body, String message) {
        assertTrue(rejected(body, Reason.NOT_JSON).getMessage().startsWith(message), rejected(body, Reason.NOT_JSON).getMessage());
    }

    @Test
    void emptyOrBlank() {
        assertEquals("the body is empty", rejected("", Reason.NOT_JSON).getMessage());
        assertEquals("the body is empty", rejected(" \n\t ", Reason.NOT_JSON).getMessage());
    }

    @Test
    void notUtf8() {
        byte[] latin1 = "{\"errors\":[{\"code\":\"x\",\"message\":\"Größe\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        InvalidBodyException e = assertThrows(InvalidBodyException.class, () -> LOCALIZER.localize(latin1, DE));
        assertEquals(Reason.NOT_JSON, e.reason());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void truncated() {
        String body = "{\"errors\":[{\"type\":\"validation_error\",\"code\":\"not_e164\",\"message\":\"The number is";
        InvalidBodyException e = rejected(body, Reason.TRUNCATED);
        assertTrue(e.getMessage().startsWith("the body ends before its JSON value is complete (line 1, column"), e.getMessage());
        rejected("{\"errors\":[{\"code\":\"not_e164\"}", Reason.TRUNCATED);
    }

    @Test
    void duplicateFields() {
        InvalidBodyException e = rejected("{\"errors\":[{\"code\":\"not_e164\",\"message\":\"a\",\"code\":\"not_a_boolean\"}]}",
                Reason.DUPLICATE_FIELD);
        assertTrue(e.getMessage().contains("\"code\""), e.getMessage());
        rejected("{\"errors\":[],\"errors\":[{\"code\":\"not_e164\",\"message\":\"a\"}]}", Reason.DUPLICATE_FIELD);
        // the same name in different objects is no duplicate
        String nested = "{\"code\":{\"code\":{\"code\":1}},\"errors\":[{\"code\":\"not_e164\",\"message\":\"a\"},"
                + "{\"code\":\"not_e164\",\"message\":\"b\"}]}";
        assertEquals(2, LOCALIZER.localize(nested, DE).items().size());
    }

    @Test
    void duplicatesInLargeObjectsAreFoundToo() {
        StringBuilder fields = new StringBuilder("{");
        for (int i = 0; i < 100_000; i++) {
            fields.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
        }
        assertFalse(LOCALIZER.localize(fields + "}", DE).errorItemFound(), "100,000 distinct fields are fine");
        assertTrue(rejected(fields + ",\"f99999\":0}", Reason.DUPLICATE_FIELD).getMessage().contains("\"f99999\""));
        assertTrue(rejected(fields.substring(0, fields.indexOf(",\"f40\"")) + ",\"f7\":0}", Reason.DUPLICATE_FIELD)
                .getMessage().contains("\"f7\""));
    }

    @Test
    void nestingTenThousandDeep() {
        InvalidBodyException arrays = rejected("[".repeat(10_000) + "]".repeat(10_000), Reason.TOO_DEEP);
        assertTrue(arrays.getMessage().contains("(64"), arrays.getMessage());
        rejected("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), Reason.TOO_DEEP);
        // 64 levels are fine
        assertFalse(LOCALIZER.localize("[".repeat(64) + "]".repeat(64), DE).errorItemFound());
    }

    @Test
    void limitsCanBeReplaced() {
        BodyLocalizer strict = BodyLocalizer.builder(Bodies.CATALOG)
                .limits(tools.jackson.core.StreamReadConstraints.builder().maxNestingDepth(3).maxDocumentLength(100).build()).build();
        assertEquals(Reason.TOO_DEEP, assertThrows(InvalidBodyException.class, () -> strict.localize("[[[[]]]]", DE)).reason());
        assertEquals(Reason.TOO_LARGE, assertThrows(InvalidBodyException.class,
                () -> strict.localize("[" + " ".repeat(100) + "]", DE)).reason());
        assertFalse(strict.localize("[[[]]]", DE).errorItemFound());
        BodyLocalizer unlimited = BodyLocalizer.builder(Bodies.CATALOG)
                .limits(tools.jackson.core.StreamReadConstraints.builder().maxDocumentLength(-1).build()).build();
        assertFalse(unlimited.localize(new ByteArrayInputStream("[1]".getBytes(StandardCharsets.US_ASCII)), DE).errorItemFound());
    }

    @Test
    void fiftyMegabytesAreRejectedBeforeParsing() {
        byte[] body = new byte[50 << 20];
        Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[body.length - 1] = ']';
        InvalidBodyException e = assertThrows(InvalidBodyException.class, () -> LOCALIZER.localize(body, DE));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals("the body is too large: 52428800 bytes, the limit is 4194304 bytes", e.getMessage());
        String text = new String(body, StandardCharsets.US_ASCII);
        assertEquals(Reason.TOO_LARGE, assertThrows(InvalidBodyException.class, () -> LOCALIZER.localize(text, DE)).reason());
    }

    @Test
    void aFiftyMegabyteStreamIsReadOnlyToJustPastTheLimit() throws IOException {
        CountingStream stream = new CountingStream(50L << 20);
        InvalidBodyException e = assertThrows(InvalidBodyException.class, () -> LOCALIZER.localize(stream, DE));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals(LIMIT + 1, stream.read, "bounded memory: not a byte more is read");
        assertEquals(LIMIT + 1, e.bytesRead().length);
        assertEquals((50L << 20) - LIMIT - 1, stream.readAllBytes().length, "the rest is still in the stream");
    }

    @Test
    void aFailingStreamGivesBackWhatWasRead() {
        InputStream failing = new InputStream() {
            private int left = 3;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return '[';
                }
                throw new IOException("connection reset");
            }
        };
        InvalidBodyException e = assertThrows(InvalidBodyException.class, () -> LOCALIZER.localize(failing, DE));
        assertEquals(Reason.UNREADABLE, e.reason());
        assertEquals("the body could not be read: connection reset", e.getMessage());
        assertArrayEquals("[[[".getBytes(StandardCharsets.US_ASCII), e.bytesRead());
    }

    @Test
    void longStringsNumbersAndNamesAreRejected() {
        rejected("{\"errors\":[{\"code\":\"not_e164\",\"message\":\"" + "x".repeat(262_145) + "\"}]}", Reason.VALUE_TOO_LONG);
        rejected("{\"n\":" + "9".repeat(1_001) + "}", Reason.VALUE_TOO_LONG);
        rejected("{\"" + "n".repeat(1_001) + "\":1}", Reason.VALUE_TOO_LONG);
        rejected("[" + "0,".repeat(500_000) + "0]", Reason.TOO_LARGE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\":\"not_e164\"}       | <object> | code is an object, expected a string",
            "[\"not_e164\"]                | <array>  | code is an array, expected a string",
            "422                           | <number> | code is a number, expected a string",
            "true                          | <boolean> | code is a boolean, expected a string",
            "null                          | <null>   | code is null, expected a string"})
    void aCodeOfTheWrongTypeLeavesItsItemUnchanged(String code, String shown, String problem) {
        String body = "{\"errors\":[{\"type\":\"validation_error\",\"code\":" + code + ",\"message\":\"Upstream\"},"
                + "{\"code\":\"not_e164\",\"message\":\"x\"}]}";
        LocalizedBody localized = LOCALIZER.localize(body, DE);
        ItemReport item = localized.items().get(0);
        assertEquals(shown, item.code());
        assertEquals(problem, item.problem());
        assertEquals(Fallback.UNKNOWN_CODE, item.fallback());
        assertFalse(item.localized());
        assertEquals("Upstream", localized.tree().at("/errors/0/message").stringValue());
        assertTrue(localized.items().get(1).localized(), "the other items are localized as usual");
    }

    @Test
    void aJsonRpcCodeMustBeAnInteger() {
        for (String code : new String[] {"\"-32001\"", "-32001.0", "{}"}) {
            String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":" + code + ",\"message\":\"Conversation not found\"}}";
            LocalizedBody localized = LOCALIZER.localize(body, DE);
            assertEquals(body, localized.text());
            assertTrue(localized.items().get(0).problem().endsWith(", expected an integer"), localized.items().toString());
        }
    }

    @Test
    void aTextFieldThatIsMissingOrNotAStringLeavesTheItemUnchanged() {
        String missing = "{\"errors\":[{\"code\":\"not_e164\",\"attribute\":\"to\"}]}";
        assertEquals(missing, LOCALIZER.localize(missing, DE).text());
        assertEquals("the item has no message field", LOCALIZER.localize(missing, DE).items().get(0).problem());
        String number = "{\"errors\":[{\"code\":\"not_e164\",\"message\":42}]}";
        assertEquals(number, LOCALIZER.localize(number, DE).text());
        assertEquals("message is a number, expected a string", LOCALIZER.localize(number, DE).items().get(0).problem());
    }

    /** A stream of {@code size} spaces after a {@code [}, counting what is read. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read < size ? (read++ == 0 ? '[' : ' ') : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            Arrays.fill(b, off, off + n, (byte) ' ');
            if (read == 0 && n > 0) {
                b[off] = '[';
            }
            read += n;
            return n;
        }
    }
}
