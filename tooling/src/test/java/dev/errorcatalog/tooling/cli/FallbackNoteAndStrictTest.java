package dev.errorcatalog.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * What {@code resolve} and {@code list} say when the text is not exactly what was asked: one note on standard
 * error in text mode (exit 0), exit 1 under {@code --strict}, the JSON output unchanged. And the {@code --bundles}
 * inputs that hold no locale module. Run in process with captured output.
 */
class FallbackNoteAndStrictTest {

    private static final String INSTALLED = "installed: de, en, es; --bundles PATH adds one that is not in the jar";
    private static final String GERMAN_UNKNOWN = "Ein unerwarteter Fehler ist aufgetreten (Fehlercode: invalid_numbr_format).\n";

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Cli(new PrintWriter(out), new PrintWriter(err)).run(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void aMistypedCodePrintsTheGenericTextAndANoteThatSuggestsTheCode() {
        String note = "errorcatalog: fallback unknown_code: 'invalid_numbr_format' is not a code of catalog version " + ErrorCatalog.CATALOG_VERSION + ";"
                + " printed the generic message; did you mean invalid_number_format?\n";
        assertEquals(new Result(0, GERMAN_UNKNOWN, note), run("resolve", "invalid_numbr_format", "--locale", "de"));
        assertEquals(new Result(1, GERMAN_UNKNOWN, note), run("resolve", "invalid_numbr_format", "--locale", "de", "--strict"));
    }

    @Test
    void anUnknownCodeFarFromEveryCodeGetsNoSuggestion() {
        Result result = run("resolve", "added_next_year");
        assertEquals("errorcatalog: fallback unknown_code: 'added_next_year' is not a code of catalog version " + ErrorCatalog.CATALOG_VERSION + ";"
                + " printed the generic message\n", result.err());
    }

    @Test
    void anUninstalledLocaleSaysWhichAreInstalled() {
        assertEquals(new Result(0, "The number must be in E.164 format.\n",
                "errorcatalog: fallback unsupported_locale: no locale module for xx-YY (" + INSTALLED + "); printed the en text\n"),
                run("resolve", "not_e164", "--locale", "xx-YY"));
    }

    @Test
    void missingArgumentsAreNamedWithTheOptionThatGivesThem() {
        Result result = run("resolve", "purchased_too_recently", "--locale", "de", "--arg", "waitDays=3");
        assertEquals(0, result.exit());
        assertTrue(result.out().contains("3 Tage (bzw. {trialWaitDays},"), result.out());
        assertEquals("errorcatalog: fallback invalid_arguments: purchased_too_recently needs --arg trialWaitDays=…"
                + " (printed as {trialWaitDays})\n", result.err());
    }

    @Test
    void aMissingArgumentIsNamedEvenWhenTheLocaleFellBackToo() {
        Result result = run("resolve", "purchased_too_recently", "--locale", "fr");
        assertEquals("errorcatalog: fallback unsupported_locale: no locale module for fr (" + INSTALLED + "); printed the en"
                + " text; purchased_too_recently needs --arg waitDays=… --arg trialWaitDays=… (printed as {waitDays},"
                + " {trialWaitDays})\n", result.err());
    }

    @Test
    void anAcceptLanguageThatNoInstalledLocaleMatchesIsNoted() {
        Result result = run("resolve", "not_e164", "--accept-language", "fr-CA,fr;q=0.8");
        assertEquals(new Result(0, "The number must be in E.164 format.\n", "errorcatalog: fallback unsupported_locale: no"
                + " installed locale matches Accept-Language 'fr-CA,fr;q=0.8' (" + INSTALLED + "); printed the en text\n"), result);
        assertEquals(1, run("resolve", "not_e164", "--accept-language", "fr-CA,fr;q=0.8", "--strict").exit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-CA, en;q=0.5", "*", "en-GB", "de-CH", "gsw", ""})
    void anAcceptLanguageThatAskedForWhatItGotIsNoFallback(String header) {
        Result result = run("resolve", "not_e164", "--accept-language", header, "--strict");
        assertEquals(0, result.exit(), result.err());
        assertEquals("", result.err());
    }

    @Test
    void anExcludedLanguageDoesNotCountAsAsked() {
        assertTrue(run("resolve", "not_e164", "--accept-language", "en;q=0, fr").err().contains("fallback unsupported_locale"));
    }

    @Test
    void whatWasAskedPrintsNoNoteAndPassesStrict() {
        assertEquals(new Result(0, "Die Telefonnummer muss im E.164-Format vorliegen.\n", ""),
                run("resolve", "not_e164", "--locale", "de", "--strict"));
    }

    @Test
    void jsonOutputIsUnchangedAndStrictStillFails() {
        Result json = run("resolve", "invalid_numbr_format", "--locale", "de", "--format", "json", "--strict");
        assertEquals(1, json.exit());
        assertEquals("", json.err());
        JsonNode node = Catalogs.JSON.readTree(json.out());
        assertEquals(List.of("code", "message", "locale", "fallback", "reason"), List.copyOf(node.propertyNames()));
        assertEquals("unknown_code", node.get("reason").asString());
        assertEquals(0, run("resolve", "invalid_numbr_format", "--format", "json").exit());
    }

    @Test
    void listInAnUninstalledLocaleSaysSoOnceAndStrictFailsIt() {
        Result list = run("list", "--locale", "fr");
        assertEquals(0, list.exit());
        assertTrue(list.out().startsWith("account_limit_exceeded: The account must be upgraded"), list.out());
        assertEquals("errorcatalog: fallback unsupported_locale: no locale module for fr (" + INSTALLED + "); listed the en"
                + " texts\n", list.err());
        Result strict = run("--format", "json", "list", "--locale", "fr", "--strict");
        assertEquals(1, strict.exit());
        assertEquals("", strict.err());
        assertTrue(Catalogs.JSON.readTree(strict.out()).isArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "de"})
    void listInAShippedLocaleIsNoFallback(String locale) {
        Result list = run("list", "--locale", locale, "--strict");
        assertEquals("", list.err());
        assertEquals(0, list.exit());
    }

    @Test
    void globalOptionsGoBeforeOrAfterTheCommandAndCommandOptionsSayWhereTheyGo() {
        assertEquals(run("resolve", "not_e164", "--format", "json").out(), run("--format", "json", "resolve", "not_e164").out());
        assertEquals(new Result(2, "", "errorcatalog: --strict is an option of resolve and list, not a global one: put it"
                + " after the command, e.g. errorcatalog resolve … --strict\n"), run("--strict", "resolve", "not_e164"));
        assertEquals(new Result(2, "", "errorcatalog: --bundles is an option of resolve and list, not a global one: put it"
                + " after the command, e.g. errorcatalog resolve … --bundles\n"), run("--bundles=x.jar", "list"));
    }

    @Test
    void versionNamesTheReleaseAndTheCatalogVersion() {
        Result version = run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().matches("errorcatalog \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(catalog version \\d+\\)\n"), version.out());
    }

    @Test
    void bundlesThatHoldNoLocaleModuleAreAUsageError(@TempDir Path temp) throws Exception {
        Path text = Files.writeString(temp.resolve("notes.txt"), "x");
        Path sources = temp.resolve("src/main/resources");
        Files.createDirectories(sources.resolve("META-INF/services"));
        Files.writeString(sources.resolve(LocaleModules.SERVICES), "com.example.messages.fr.FrenchMessages\n", StandardCharsets.UTF_8);
        assertEquals(new Result(2, "", "errorcatalog: resolve: --bundles " + temp.resolve("none") + ": no such file or directory\n"),
                run("resolve", "not_e164", "--bundles", temp.resolve("none").toString()));
        assertEquals(new Result(2, "", "errorcatalog: list: --bundles " + text + " is not a jar (give a locale module's jar or a"
                + " directory)\n"), run("list", "--bundles", text.toString()));
        assertEquals(new Result(2, "", "errorcatalog: list: --bundles " + temp + " holds no locale module: it needs a provider"
                + " class listed in META-INF/services/dev.errorcatalog.spi.MessageProvider (build the module with 'mvn package'"
                + " and give its jar or target/classes)\n"), run("list", "--bundles", temp.toString()));
        assertEquals(new Result(2, "", "errorcatalog: list: --bundles " + sources + ": cannot load its locale module:"
                + " dev.errorcatalog.spi.MessageProvider: Provider com.example.messages.fr.FrenchMessages not found (give the"
                + " built module, its jar or target/classes, not its sources)\n"), run("list", "--bundles", sources.toString()));
    }

    @Test
    void aCodeSwallowedByBundlesIsPointedOut(@TempDir Path temp) {
        assertEquals(new Result(2, "", "errorcatalog: resolve: expected exactly one CODE, got 0 (--bundles took 'not_e164' as a"
                + " path: put CODE before --bundles)\n"), run("resolve", "--bundles", temp.toString(), "not_e164"));
    }
}
