package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.MessageKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check against the catalog's codes, both directions, with the real English bundle. */
class CatalogCheckTest {

    static final Path ENGLISH = Path.of("../messages-en/src/main/resources/dev/errorcatalog/messages/en/messages_en.properties");

    @TempDir
    Path dir;

    @Test
    void englishSourceBundleIsCleanAndComplete() throws IOException {
        Report report = Checker.builder().build().check(List.of(ENGLISH.getParent()));
        assertEquals(List.of(), report.findings());
        assertEquals(MessageKey.all().size(), report.locales().get(0).keys());
        assertEquals(100.0, report.locales().get(0).completeness());
    }

    @Test
    void aKeyDeletedFromGermanIsNamedWithFileAndLine() throws IOException {
        String english = Files.readString(ENGLISH);
        Files.writeString(dir.resolve("messages_en.properties"), english);
        Files.writeString(dir.resolve("messages_de.properties"), english.replaceFirst("(?m)^invalid_number_format=.*\\R", ""));
        Checker checker = Checker.builder().severity("de", CheckId.UNTRANSLATED, Severity.NONE).build();
        AssertionError failure = assertThrows(AssertionError.class, () -> BundleAssertions.assertClean(checker, Severity.ERROR, dir));
        Report report = checker.check(List.of(dir));
        assertEquals(1, report.findings().size(), report.findings()::toString);
        Finding missing = report.findings().get(0);
        assertEquals(CheckId.MISSING_KEY, missing.id());
        assertEquals("invalid_number_format", missing.key());
        int expectedLine = english.substring(0, english.indexOf("\ninvalid_number_format=")).split("\n", -1).length + 1;
        assertEquals(expectedLine, missing.line());
        assertTrue(failure.getMessage().contains("de " + dir.resolve("messages_de.properties") + ":" + expectedLine
                + ": error missing_key [invalid_number_format]"), failure.getMessage());
    }

    @Test
    void bothDirectionsAndDeclaredArgumentsAreChecked() throws IOException {
        Files.writeString(dir.resolve("messages_de.properties"), """
                errorcatalog.unknown_code=Unbekannter Fehler ({kode}).
                errorcatalog.unexpected_error=Ein unerwarteter Fehler ist aufgetreten.
                no_such_code_in_catalog=Gibt es nicht.
                """);
        Report report = Checker.builder().build().check(List.of(dir));
        List<CheckId> ids = report.findings().stream().map(Finding::id).distinct().toList();
        assertEquals(java.util.Set.of(CheckId.ARGUMENT_MISMATCH, CheckId.EXTRA_KEY, CheckId.MISSING_KEY), java.util.Set.copyOf(ids));
        assertEquals(MessageKey.all().size() - 2, report.findings().stream().filter(f -> f.id() == CheckId.MISSING_KEY).count());
        Finding renamed = report.findings().stream().filter(f -> f.id() == CheckId.ARGUMENT_MISMATCH).findFirst().orElseThrow();
        assertTrue(renamed.message().contains("{kode} should be {code}"), renamed::toString);
        assertEquals(1, renamed.line());
        assertEquals(47, renamed.column());
    }

    @Test
    void aLocaleModuleJarIsSearchedInItsProviderPackage() throws IOException {
        Path jar = dir.resolve("messages-fr.jar");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/services/dev.errorcatalog.spi.MessageProvider"));
            zip.write("com.example.fr.FrenchMessages\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("com/example/fr/messages_fr.properties"));
            zip.write("errorcatalog.unexpected_error=Une erreur inattendue s''est produite.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("com/example/other/unrelated_de.properties"));
            zip.write("x=y\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Report report = Checker.builder().build().check(List.of(jar));
        assertEquals(List.of("fr"), report.locales().stream().map(LocaleSummary::locale).toList());
        assertEquals(jar + "!/com/example/fr/messages_fr.properties", report.locales().get(0).file());
        assertEquals(1, report.locales().get(0).translated());
    }
}
