package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.Argument;
import dev.errorcatalog.MessageKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check against the catalog's codes, both directions, on synthetic bundles of every catalog key (this module
 * depends on no locale module; each of those checks its real bundle in its own build).
 */
class CatalogCheckTest {

    @TempDir
    Path dir;

    /** A bundle of every key of the catalog with its declared arguments, each message starting with {@code word}. */
    static String catalogBundle(String word) {
        StringBuilder text = new StringBuilder("# every key of the catalog\n");
        for (MessageKey key : MessageKey.all()) {
            text.append(key.key()).append('=').append(word).append(' ').append(key.key().replace('_', ' '));
            for (Argument argument : key.arguments()) {
                text.append(switch (argument.type()) {
                    case TEXT -> " {" + argument.name() + "}";
                    case NUMBER -> " {" + argument.name() + ", number}";
                    case PLURAL -> " {" + argument.name() + ", plural, one {# item} other {# items}}";
                });
            }
            text.append(".\n");
        }
        return text.toString();
    }

    @Test
    void aBundleOfEveryCatalogKeyIsCleanAndComplete() throws IOException {
        Files.writeString(dir.resolve("messages_en.properties"), catalogBundle("Message"));
        Report report = Checker.builder().build().check(List.of(dir));
        assertEquals(List.of(), report.findings());
        assertEquals(List.of(), report.warnings());
        assertEquals(MessageKey.all().size(), report.locales().get(0).keys());
        assertEquals(100.0, report.locales().get(0).completeness());
    }

    @Test
    void aKeyDeletedFromGermanIsNamedWithFileAndLine() throws IOException {
        String english = catalogBundle("Message");
        Files.writeString(dir.resolve("messages_en.properties"), english);
        Files.writeString(dir.resolve("messages_de.properties"), catalogBundle("Nachricht").replaceFirst("(?m)^invalid_number_format=.*\\R", ""));
        Checker checker = Checker.builder().build();
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
        assertTrue(report.warnings().get(0).startsWith("No English source texts"), report.warnings()::toString);
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

    @Test
    void aLocaleModuleThatCannotBeLoadedIsSkippedWithAWarning() throws IOException {
        Path module = dir.resolve("broken-module");
        Files.createDirectories(module.resolve("META-INF/services"));
        Files.writeString(module.resolve("META-INF/services/dev.errorcatalog.spi.MessageProvider"), "com.example.NoSuchProvider\n");
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {module.toUri().toURL()}, getClass().getClassLoader())) {
            Report report = Checker.builder().build().checkClassPath(loader);
            assertEquals(List.of(), report.locales());
            assertEquals(1, report.warnings().size(), report.warnings()::toString);
            assertTrue(report.warnings().get(0).startsWith("A message provider could not be loaded and is skipped: "
                    + "java.util.ServiceConfigurationError: dev.errorcatalog.spi.MessageProvider: Provider com.example.NoSuchProvider not found"),
                    report.warnings()::toString);
        }
    }
}
