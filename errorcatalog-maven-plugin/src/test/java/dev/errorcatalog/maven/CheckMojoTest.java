package dev.errorcatalog.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check} goal run in process, its fields set as Maven would set them from a pom. */
class CheckMojoTest {

    /** The English (source) bundle of the reactor, a complete and clean bundle of every catalog key. */
    private static final Path ENGLISH = Path.of("..", "messages-en", "src", "main", "resources", "dev", "errorcatalog", "messages", "en",
            "messages_en.properties");

    @TempDir
    Path project;
    private final List<String> log = new ArrayList<>();

    private CheckMojo mojo() {
        CheckMojo mojo = new CheckMojo();
        mojo.basedir = project.toFile();
        mojo.outputDirectory = project.resolve("target/errorcatalog").toFile();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }
        });
        return mojo;
    }

    /** Copies the English bundle into the project's src/main/resources, without the line of {@code deletedKey} if not null. */
    private Path englishBundle(String deletedKey) throws IOException {
        Path bundle = project.resolve("src/main/resources/dev/errorcatalog/messages/en/messages_en.properties");
        Files.createDirectories(bundle.getParent());
        List<String> lines = new ArrayList<>(Files.readAllLines(ENGLISH, StandardCharsets.UTF_8));
        if (deletedKey != null) {
            assertTrue(lines.removeIf(line -> line.startsWith(deletedKey + "=")), deletedKey);
        }
        Files.write(bundle, lines, StandardCharsets.UTF_8);
        return bundle;
    }

    @Test
    void cleanBundleInTheDefaultPathPasses() throws Exception {
        englishBundle(null);
        mojo().execute();
        assertTrue(log.stream().anyMatch(line -> line.contains("No findings")), log::toString);
    }

    @Test
    void aLocaleModuleThatIsACopyOfTheEnglishFailsAsUntranslated() throws IOException {
        // What a newcomer's messages-fr starts as ("start from a copy of messages_en.properties"): the plugin must know
        // the English texts to tell, so it brings the English bundle along.
        Path bundle = project.resolve("src/main/resources/com/example/messages/fr/messages_fr.properties");
        Files.createDirectories(bundle.getParent());
        Files.copy(ENGLISH, bundle);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo()::execute);
        assertTrue(e.getMessage().contains("error untranslated [not_e164]"), e.getMessage());
        assertFalse(log.stream().anyMatch(l -> l.contains("100.0%")), log::toString);
    }

    @Test
    void deletedKeyFailsTheBuildNamingLocaleKeyFileAndLine() throws IOException {
        List<String> source = Files.readAllLines(ENGLISH, StandardCharsets.UTF_8);
        int line = 1 + source.indexOf(source.stream().filter(l -> l.startsWith("invalid_number_format=")).findFirst().orElseThrow());
        Path bundle = englishBundle("invalid_number_format");
        CheckMojo mojo = mojo();
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("errorcatalog check: 1 finding at or above error:\n  en: " + bundle + ":" + line
                + ": error missing_key [invalid_number_format]: key 'invalid_number_format' is missing: add invalid_number_format=…",
                e.getMessage().substring(0, e.getMessage().indexOf('…') + 1));
        assertTrue(log.stream().anyMatch(l -> l.contains("missing_key [invalid_number_format]")), log::toString);
    }

    @Test
    void aPatternNested5000DeepFailsTheBuildWithOneFinding() throws IOException {
        Path bundle = englishBundle(null);
        List<String> lines = new ArrayList<>(Files.readAllLines(bundle, StandardCharsets.UTF_8));
        int line = lines.indexOf(lines.stream().filter(l -> l.startsWith("max_queued_messages_exceeded=")).findFirst().orElseThrow());
        lines.set(line, "max_queued_messages_exceeded=" + "{subject, select, other {".repeat(5_000) + "Too many messages"
                + "}}".repeat(5_000));
        Files.write(bundle, lines, StandardCharsets.UTF_8);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo()::execute);
        assertTrue(e.getMessage().startsWith("errorcatalog check: 1 finding at or above error:\n  en: " + bundle + ":" + (line + 1)
                + ":30: error syntax_error [max_queued_messages_exceeded]: arguments nest 5000 deep, more than the 10 the catalog"
                + " allows"), e::getMessage);
    }

    @Test
    void severitiesAndMinimumCompletenessApplyAsOnTheCommandLine() throws Exception {
        Path dir = Files.createDirectories(project.resolve("i18n"));
        Files.writeString(dir.resolve("app_en.properties"), "hello=Hello {name}.\nbye=Goodbye.\n");
        Files.writeString(dir.resolve("app_fr.properties"), "hello=Bonjour {name}.\nbye=Goodbye.\n");
        CheckMojo mojo = mojo();
        mojo.paths = List.of(dir.toFile());
        mojo.sourceLocale = "en";
        MojoFailureException untranslated = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(untranslated.getMessage().contains("fr: " + dir.resolve("app_fr.properties") + ":2:1: error untranslated [bye]"),
                untranslated::getMessage);

        mojo.severities = List.of("fr:untranslated=warning");
        mojo.execute();

        mojo.minimumCompleteness = List.of("fr:60");
        MojoFailureException below = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(below.getMessage().contains("error completeness_below_minimum: fr is 50.0% translated"), below::getMessage);

        mojo.minimumCompleteness = List.of();
        mojo.failOn = "warning";
        assertThrows(MojoFailureException.class, mojo::execute);
    }

    @Test
    void formatsAreWrittenToTheOutputDirectory() throws Exception {
        englishBundle(null);
        CheckMojo mojo = mojo();
        mojo.formats = List.of("text", "json", "sarif", "junit");
        mojo.execute();
        Path out = project.resolve("target/errorcatalog");
        assertTrue(Files.readString(out.resolve("check.txt")).contains("No findings"));
        assertTrue(Files.readString(out.resolve("check.json")).contains("\"schemaVersion\" : 1"));
        assertTrue(Files.readString(out.resolve("check.sarif")).contains("2.1.0"));
        assertTrue(Files.readString(out.resolve("TEST-errorcatalog-check.xml")).contains("<testsuite"));
    }

    @Test
    void skipChecksNothing() throws Exception {
        CheckMojo mojo = mojo();
        mojo.paths = List.of(project.resolve("no such directory").toFile());
        mojo.skip = true;
        mojo.execute();
        assertEquals(List.of("errorcatalog check skipped (errorcatalog.skip)"), log);
    }

    @Test
    void usageAndInputErrorsAreOneLineExecutionExceptions() throws IOException {
        englishBundle(null);
        assertExecutionError(m -> m.paths = List.of(project.resolve("missing").toFile()), "missing: no such file or directory");
        assertExecutionError(m -> m.paths = List.of(Files.createDirectories(project.resolve("empty")).toFile()),
                "no <BaseName>_<tag>.properties bundle found in");
        assertExecutionError(m -> m.failOn = "none", "failOn: must be one of error, warning, info, not 'none'");
        assertExecutionError(m -> m.formats = List.of("xml"), "formats: must be one of text, json, sarif, junit, not 'xml'");
        assertExecutionError(m -> m.severities = List.of("untranslated"), "severities: 'untranslated' is not [LOCALE:]ID=LEVEL");
        assertExecutionError(m -> m.minimumCompleteness = List.of("lots"), "minimumCompleteness: 'lots' is not [LOCALE:]PERCENT");
        assertExecutionError(m -> m.sourceLocale = "e!", "sourceLocale: 'e!' is not a BCP 47 language tag");
        assertExecutionError(m -> m.baseline = ENGLISH.toFile(), "not a JSON report");
    }

    private interface Setting {
        void apply(CheckMojo mojo) throws IOException;
    }

    private void assertExecutionError(Setting setting, String expected) throws IOException {
        CheckMojo mojo = mojo();
        setting.apply(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("errorcatalog check: ") && e.getMessage().contains(expected), e::getMessage);
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("Exception"), e::getMessage);
    }
}
