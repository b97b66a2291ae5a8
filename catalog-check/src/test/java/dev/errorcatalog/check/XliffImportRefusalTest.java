package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken XLIFF: each is refused with a message that says why (naming the unit where there is
 * one), and the bundle and its lock stay exactly as they were.
 */
class XliffImportRefusalTest {

    private static final String SECRET = "top-secret-" + System.nanoTime();

    @TempDir
    Path dir;
    private Path bundle;
    private byte[] before;
    private Translations de;

    @BeforeEach
    void germanBundle() throws Exception {
        bundle = XliffRoundTripTest.germanCopy(dir);
        before = Files.readAllBytes(bundle);
        de = Translations.open(dir, Locale.GERMAN, XliffRoundTripTest.english());
    }

    static String v12(String language, String units) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\">"
                + "<file original=\"messages_de.properties\" source-language=\"en\" target-language=\"" + language
                + "\" datatype=\"javapropertyresourcebundle\"><body>\n" + units + "\n</body></file></xliff>\n";
    }

    static String unit(String id, String target) {
        return "<trans-unit id=\"" + id + "\"><source>x</source><target state=\"translated\">" + target + "</target></trans-unit>";
    }

    static Stream<Arguments> refused() {
        String good = unit("already_assigned", "Neu zugewiesen.");
        return Stream.of(
                Arguments.of("malformed XML", v12("de", good).replace("</body>", "</bod>"), "not well-formed XLIFF at line"),
                Arguments.of("truncated", v12("de", good).substring(0, 200), "not well-formed XLIFF"),
                Arguments.of("not XLIFF", "<?xml version=\"1.0\"?><html><body/></html>", "root element is <html>"),
                Arguments.of("XLIFF 1.1", v12("de", good).replace("document:1.2", "document:1.1"), "not XLIFF 1.2 or 2.0"),
                Arguments.of("wrong target language", v12("fr", good), "target language is 'fr', but the bundle messages_de.properties is de"),
                Arguments.of("no target language", v12("de", good).replace(" target-language=\"de\"", ""), "target language is not given"),
                Arguments.of("wrong source language", v12("de", good).replace("source-language=\"en\"", "source-language=\"es\""),
                        "source language is 'es'"),
                Arguments.of("unknown key", v12("de", good + unit("no_such_code", "Hallo")), "unit 'no_such_code' (line 3): no message key"),
                Arguments.of("the same key twice", v12("de", good + "\n" + good), "unit 'already_assigned' (line 4): the key is in the document twice"),
                Arguments.of("broken ICU syntax", v12("de", good + "\n" + unit("purchased_too_recently", "Warten Sie {waitDays, plural, one {# Tag}")),
                        "unit 'purchased_too_recently' (line 4): the translation is not a valid ICU message"),
                Arguments.of("arguments nested 5000 deep", v12("de", unit("already_assigned",
                        "{a, select, other {".repeat(5000) + "x" + "}}".repeat(5000))), "unit 'already_assigned' (line 3): the translation is not a valid ICU message: arguments nest 5000 deep"),
                Arguments.of("more than 16 MiB", v12("de", unit("already_assigned", "x".repeat(16 * 1024 * 1024))),
                        "more than the 16777216 read"),
                Arguments.of("an argument renamed", v12("de", good + unit("purchased_too_recently",
                        "Warten Sie {tage, plural, one {# Tag} other {# Tage}} oder {trialWaitDays, plural, one {# Tag} other {# Tage}}.")),
                        "unit 'purchased_too_recently': argument_mismatch"),
                Arguments.of("a placeholder element", v12("de", unit("already_assigned", "Neu <x id=\"1\"/> zugewiesen.")),
                        "unit 'already_assigned': the target contains an inline <x> element"),
                Arguments.of("XXE", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"SECRET_URL\">]>\n"
                        + v12("de", unit("already_assigned", "&xxe;")).substring(v12("de", "").indexOf('\n') + 1), "DOCTYPE"),
                Arguments.of("billion laughs", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                        + "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>\n"
                        + v12("de", unit("already_assigned", "&lol9;")).substring(v12("de", "").indexOf('\n') + 1), "DOCTYPE"),
                Arguments.of("an undeclared entity", v12("de", unit("already_assigned", "&lol;")), "\"lol\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedWithAMessageAndNothingWritten(String name, String document, String expected) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        byte[] xml = document.replace("SECRET_URL", secret.toUri().toString()).getBytes(StandardCharsets.UTF_8);

        Translations.ImportException e = assertThrows(Translations.ImportException.class,
                () -> de.importXliff(xml, Checker.builder().build()), name);

        assertTrue(e.getMessage().contains(expected), name + ": " + e.getMessage());
        assertFalse(e.getMessage().contains(SECRET), "the external entity was resolved: " + e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(bundle), "the bundle changed");
        assertFalse(Files.exists(de.lockFile()), "a lock file was written");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a temporary file was left");
        }
    }

    @Test
    void aValidDocumentIsImportedWhereTheSameDocumentWithAnEntityIsNot() throws Exception {
        Translations.ImportResult result = de.importXliff(v12("de", unit("already_assigned", "Neu &amp; zugewiesen."))
                .getBytes(StandardCharsets.UTF_8), Checker.builder().build());
        assertTrue(result.updated().contains("already_assigned"));
        assertTrue(Files.readString(bundle).contains("already_assigned=Neu & zugewiesen.\n"), "predefined XML entities are fine");
    }
}
