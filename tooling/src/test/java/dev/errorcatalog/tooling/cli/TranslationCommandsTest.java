package dev.errorcatalog.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** new-locale, export-xliff, import-xliff, confirm and pseudo, run in process: output, files and exit codes. */
class TranslationCommandsTest {

    static final Path GERMAN = Path.of("../messages-de/src/main/resources/dev/errorcatalog/messages/de/messages_de.properties");

    @TempDir
    Path dir;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new Cli(new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void exportThenImportOfAnUntouchedDocumentChangesNothingAndPrintsTheCheck() throws Exception {
        Path bundle = dir.resolve("messages_de.properties");
        Files.copy(GERMAN, bundle);
        byte[] before = Files.readAllBytes(bundle);
        Path xlf = dir.resolve("de.xlf");

        assertEquals(ExitCode.OK, run("export-xliff", "--locale", "de", "--all", "--xliff-version", "2.0", "--output", xlf.toString(),
                dir.toString()), err::toString);
        assertTrue(Files.readString(xlf).contains("trgLang=\"de\""));
        assertEquals(ExitCode.OK, run("import-xliff", xlf.toString(), dir.toString()), err::toString);
        assertTrue(out.toString().startsWith("Imported 0 translation(s) into " + bundle), out::toString);
        assertTrue(out.toString().contains("No findings"), out::toString);
        assertArrayEquals(before, Files.readAllBytes(bundle));
    }

    @Test
    void exportToStandardOutputIsTheDocument() throws Exception {
        Files.copy(GERMAN, dir.resolve("messages_de.properties"));
        assertEquals(ExitCode.OK, run("export-xliff", "--locale", "de", dir.toString()), err::toString);
        assertTrue(out.toString().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), out::toString);
        assertTrue(out.toString().contains("version=\"1.2\""), "1.2 by default");
        assertTrue(out.toString().contains("<body>"), "nothing to translate: an empty body");
    }

    @Test
    void aRefusedImportExitsOneWithOneLineAndWritesNothing() throws Exception {
        Path bundle = dir.resolve("messages_de.properties");
        Files.copy(GERMAN, bundle);
        Path xlf = dir.resolve("fr.xlf");
        Files.writeString(xlf, "<?xml version=\"1.0\"?><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\""
                + " trgLang=\"de\"><file id=\"f\"><unit id=\"nope\"><segment><source>x</source><target>y</target></segment></unit></file></xliff>");
        assertEquals(ExitCode.FINDINGS, run("import-xliff", xlf.toString(), dir.toString()));
        assertTrue(err.toString().startsWith("errorcatalog import-xliff: refused, nothing written: unit 'nope'"), err::toString);
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertArrayEquals(Files.readAllBytes(GERMAN), Files.readAllBytes(bundle));
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertEquals(ExitCode.USAGE, run("export-xliff", "--locale", "de", "--xliff-version", "1.1", dir.toString()));
        assertTrue(err.toString().contains("1.2 or 2.0"), err::toString);
        assertEquals(ExitCode.USAGE, run("export-xliff", "--locale", "fr", dir.toString()));
        assertTrue(err.toString().contains("no bundle of locale fr"), err::toString);
        assertEquals(ExitCode.USAGE, run("import-xliff", dir.resolve("missing.xlf").toString(), dir.toString()));
        assertTrue(err.toString().contains("no such file"), err::toString);
        assertEquals(ExitCode.USAGE, run("new-locale", "fr", "--dir", dir.toString()));
        assertTrue(err.toString().contains("is not the Error Catalog reactor"), err::toString);
    }

    @Test
    void confirmRecordsTheLockAndSaysWhat() throws Exception {
        Files.copy(GERMAN, dir.resolve("messages_de.properties"));
        assertEquals(ExitCode.OK, run("confirm", "--locale", "de", "--key", "not_e164", dir.toString()), err::toString);
        assertTrue(out.toString().startsWith("Confirmed 1 translation(s) in " + dir.resolve("messages_de.lock") + ": not_e164."), out::toString);
        assertEquals(ExitCode.OK, run("confirm", "--locale", "de", "--key", "not_e164", dir.toString()));
        assertTrue(out.toString().startsWith("Nothing to confirm"), out::toString);
        assertEquals(ExitCode.USAGE, run("confirm", "--locale", "de", "--key", "no_such_key", dir.toString()));
    }

    @Test
    void pseudoWritesBothBundlesThatPassTheCheck() throws Exception {
        assertEquals(ExitCode.OK, run("pseudo", "--output", dir.toString()), err::toString);
        assertTrue(Files.readString(dir.resolve("messages_en_XA.properties"), StandardCharsets.UTF_8).contains("not_e164=["));
        assertTrue(Files.exists(dir.resolve("messages_ar_XB.properties")));
        assertEquals(ExitCode.OK, run("check", dir.toString()), out::toString);
    }

    @Test
    void newLocaleStandaloneSaysWhatItMadeAndWhatNext() {
        assertEquals(ExitCode.OK, run("new-locale", "fr", "--standalone", "--dir", dir.toString()), err::toString);
        assertTrue(out.toString().contains("src/main/java/org/example/messages/fr/FrenchMessages.java"), out::toString);
        assertTrue(out.toString().contains("Next: translate"), out::toString);
        assertEquals(ExitCode.USAGE, run("new-locale", "fr", "--standalone", "--dir", dir.toString()));
        assertTrue(err.toString().contains("exists already; nothing was written"), err::toString);
        assertEquals(ExitCode.USAGE, run("new-locale", "not a tag!", "--standalone", "--dir", dir.toString()));
    }
}
