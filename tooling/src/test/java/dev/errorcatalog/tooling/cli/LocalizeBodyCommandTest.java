package dev.errorcatalog.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** {@code localize-body}, run in process with captured output. */
class LocalizeBodyCommandTest {

    private static final String BODY = "{\"errors\":[{\"type\":\"validation_error\",\"code\":\"not_routable\",\"message\":"
            + "\"The call is not routable\",\"attribute\":\"to\",\"url\":\"https://developer.signalwire.com/rest/overview/"
            + "error-codes/#not_routable\"}],\"amount\":1e400}";
    private static final ErrorCatalog CATALOG = ErrorCatalog.create();
    private static final String GERMAN = CATALOG.resolve(ErrorCode.NOT_ROUTABLE, Locale.GERMAN).text() + " (Parameter: to)";

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
        JsonNode json() {
            return Catalogs.JSON.readTree(out);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Cli(new PrintWriter(out), new PrintWriter(err)).run(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private String file(String body) throws IOException {
        Path file = dir.resolve("body.json");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void printsTheBodyLocalizedAndTheContentLanguageOnStandardError() throws IOException {
        assertEquals(new Result(0, BODY.replace("The call is not routable", GERMAN) + "\n", "Content-Language: de\n"),
                run("localize-body", file(BODY), "--locale", "de"));
        assertEquals("Content-Language: es\n", run("localize-body", file(BODY), "--accept-language", "es-MX,es;q=0.9").err());
    }

    @Test
    void keepsTheOriginalOnRequest() throws IOException {
        Result result = run("localize-body", file(BODY), "--locale", "de", "--keep-original", "original_message");
        assertTrue(result.out().contains("\"message\":\"" + GERMAN + "\",\"original_message\":\"The call is not routable\","), result.out());
    }

    @Test
    void printsAProblemDocument() throws IOException {
        Result result = run("localize-body", file(BODY), "--locale", "de", "--problem-json", "--status", "404");
        JsonNode problem = result.json();
        assertEquals(0, result.exit());
        assertEquals("https://signalwire.com/docs/apis/error-codes#not_routable", problem.get("type").asString());
        assertEquals(404, problem.get("status").asInt());
        assertEquals(GERMAN, problem.get("detail").asString());
        assertEquals("Content-Language: de\n", result.err());
    }

    @Test
    void theJsonEnvelopeHasTheBodyExactlyAndTheReports() throws IOException {
        Result result = run("localize-body", file(BODY), "--locale", "de", "--format", "json");
        JsonNode json = result.json();
        assertEquals(List.of("contentLanguage", "body", "items"), List.copyOf(json.propertyNames()));
        assertEquals("de", json.get("contentLanguage").asString());
        assertTrue(result.out().contains("\"body\" : " + BODY.replace("The call is not routable", GERMAN)), result.out());
        JsonNode item = json.get("items").get(0);
        assertEquals("/errors/0", item.get("pointer").asString());
        assertEquals("rest", item.get("shape").asString());
        assertEquals("not_routable", item.get("resolved").asString());
        assertEquals("none", item.get("reason").asString());
        assertEquals("", result.err());
    }

    @Test
    void aBodyWithoutErrorItemsComesBackUnchanged() throws IOException {
        assertEquals(new Result(0, "{\"data\":[]}\n", ""), run("localize-body", file("{\"data\":[]}"), "--locale", "de"));
    }

    @Test
    void readsStandardInput() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(BODY.getBytes(StandardCharsets.UTF_8)));
            assertEquals(BODY.replace("The call is not routable", GERMAN) + "\n", run("localize-body", "-", "--locale", "de").out());
            System.setIn(new ByteArrayInputStream(BODY.getBytes(StandardCharsets.UTF_8)));
            assertEquals("Content-Language: es\n", run("localize-body", "--locale", "es").err());
        } finally {
            System.setIn(stdin);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<html>502</html>       | errorcatalog: localize-body: the body is not JSON: Unexpected character ('<' (code 60))",
        "{\"errors\":[{\"code\" | errorcatalog: localize-body: the body ends before its JSON value is complete (line 1, column 19)",
        "{\"a\":1,\"a\":2}      | errorcatalog: localize-body: the body has a duplicate field \"a\" (line 1, column 8)",
        "''                     | errorcatalog: localize-body: the body is empty"})
    void aBadBodyIsExitTwoWithOneLine(String body, String message) throws IOException {
        Result result = run("localize-body", file(body), "--locale", "de");
        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith(message), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "localize-body NOFILE --locale de                          | errorcatalog: localize-body: no such file: NOFILE",
        "localize-body a b                                         | errorcatalog: localize-body: expected at most one FILE, got 2",
        "localize-body - --locale de --accept-language de          | errorcatalog: localize-body: give --locale or --accept-language, not both",
        "localize-body - --keep-original message                   | errorcatalog: localize-body: --keep-original 'message' cannot hold the original text: choose a new field name",
        "localize-body - --status 404                              | errorcatalog: localize-body: --status goes with --problem-json",
        "localize-body - --problem-json --status 42                | errorcatalog: localize-body: --status takes an HTTP status, 100-599, not '42'",
        "localize-body - --locale 12345678901                      | errorcatalog: localize-body: --locale",
        "localize-body - --problem-json=yes                        | errorcatalog: localize-body: Invalid value for option '--problem-json': 'yes' is not a boolean"})
    void usageErrorsAreExitTwoWithOneLine(String args, String message) {
        Result result = run(args.replace("NOFILE", dir.resolve("missing.json").toString()).split(" "));
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith(message.replace("NOFILE", dir.resolve("missing.json").toString())), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }
}
