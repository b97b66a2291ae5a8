package dev.errorcatalog.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The resolve and list commands, run in process with captured output. */
class ResolveAndListCommandTest {

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

    @Test
    void resolvePrintsTheMessageInTheRequestedLocale() {
        Result result = run("resolve", "invalid_sip_destination", "--locale", "de");
        assertEquals(new Result(0, "Das SIP-Ziel fehlt oder konnte nicht geparst werden.\n", ""), result);
    }

    @Test
    void resolveWritesTheJsonContract() {
        JsonNode json = run("resolve", "purchased_too_recently", "--accept-language", "es-MX,es;q=0.9",
                "--arg", "waitDays=1", "--arg", "trialWaitDays=30", "--format", "json").json();
        assertEquals("purchased_too_recently", json.get("code").asString());
        assertEquals("es", json.get("locale").asString());
        assertTrue(json.get("message").asString().contains("Espere 1 día después de la compra"), json.toString());
        assertEquals(false, json.get("fallback").asBoolean());
        assertEquals("none", json.get("reason").asString());
        assertEquals(List.of("code", "message", "locale", "fallback", "reason"), List.copyOf(json.propertyNames()));
    }

    @Test
    void resolveNamesAnUnknownCodeInAGenericMessage() {
        JsonNode json = run("resolve", "added_next_year", "--locale", "de", "--format=json").json();
        assertEquals("Ein unerwarteter Fehler ist aufgetreten (Fehlercode: added_next_year).", json.get("message").asString());
        assertEquals(true, json.get("fallback").asBoolean());
        assertEquals("unknown_code", json.get("reason").asString());
    }

    @Test
    void resolveReportsAnUnsupportedLocaleAsFallback() {
        JsonNode json = run("resolve", "not_e164", "--locale", "pt-BR", "--format", "json").json();
        assertEquals("en", json.get("locale").asString());
        assertEquals("unsupported_locale", json.get("reason").asString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                                            | missing command",
        "frobnicate                                                    | unknown command 'frobnicate'",
        "resolve                                                       | expected exactly one CODE, got 0",
        "resolve a b                                                   | expected exactly one CODE, got 2",
        "resolve not_e164 --locale                                     | option --locale needs a value",
        "resolve not_e164 --locale de --locale es                      | option --locale given twice",
        "resolve not_e164 --locale !!                                  | --locale '!!' is not a BCP 47 language tag",
        "resolve not_e164 --locale de --accept-language de             | give --locale or --accept-language, not both",
        "resolve not_e164 --format xml                                 | --format must be one of text, json, not 'xml'",
        "resolve not_e164 --colour                                     | unknown option --colour",
        "resolve not_e164 --arg subject=x                              | not_e164 takes no argument 'subject'",
        "resolve purchased_too_recently --arg waitDays=soon            | argument 'waitDays' takes a number, not 'soon'",
        "resolve purchased_too_recently --arg waitDays                 | --arg takes NAME=VALUE, not 'waitDays'",
        "list extra                                                    | unexpected argument 'extra'",
    })
    void usageErrorsExitWithTwoAndOneLine(String commandLine, String message) {
        Result result = run(commandLine.isEmpty() ? new String[0] : commandLine.split(" "));
        assertEquals(ExitCode.USAGE, result.exit());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("errorcatalog: ") && result.err().contains(message), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @ParameterizedTest
    @CsvSource({"--help", "resolve --help", "list --help", "resolve not_e164 --help"})
    void helpIsOnEveryCommand(String commandLine) {
        Result result = run(commandLine.split(" "));
        assertEquals(0, result.exit());
        assertTrue(result.out().startsWith("Usage: "), result.out());
    }

    @Test
    void listShowsEveryCodeWithArgumentsAndExampleMessage() {
        JsonNode list = run("list", "--format", "json").json();
        assertEquals(253, list.size());
        JsonNode purchased = null;
        for (JsonNode entry : list) {
            assertEquals(List.of("code", "arguments", "message", "locale", "renamedFrom"), List.copyOf(entry.propertyNames()));
            assertEquals("en", entry.get("locale").asString());
            if (entry.get("code").asString().equals("purchased_too_recently")) {
                purchased = entry;
            }
        }
        assertEquals("[{\"name\":\"waitDays\",\"type\":\"plural\",\"example\":14},{\"name\":\"trialWaitDays\",\"type\":\"plural\","
                + "\"example\":30}]", purchased.get("arguments").toString());
        assertTrue(purchased.get("message").asString().contains("Please wait 14 days after purchase"));
    }

    @Test
    void listShowsTheRenamedCodesThatResolveToEachCode() {
        Map<String, String> renamedFrom = new LinkedHashMap<>();
        for (JsonNode entry : run("list", "--format", "json").json()) {
            assertTrue(entry.get("renamedFrom").isArray(), entry::toString);
            for (JsonNode old : entry.get("renamedFrom")) {
                renamedFrom.put(old.asString(), entry.get("code").asString());
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        ErrorCode.renames().forEach((old, successor) -> expected.put(old, successor.code()));
        assertEquals(expected, renamedFrom);
        assertEquals("not_an_http_url", renamedFrom.get("http_url_required"));
    }

    @Test
    void listInALocaleShowsEveryMessageInIt() {
        for (String tag : List.of("es", "de")) {
            JsonNode list = run("list", "--locale", tag, "--format", "json").json();
            for (JsonNode entry : list) {
                assertEquals(tag, entry.get("locale").asString(), entry.toString());
            }
        }
        Result text = run("list", "--locale", "de");
        assertEquals(253, text.out().lines().count());
        assertTrue(text.out().contains("\ninvalid_sip_destination: Das SIP-Ziel fehlt oder konnte nicht geparst werden.\n"));
    }
}
