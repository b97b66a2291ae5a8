package dev.errorcatalog.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} run in process: exit codes and captured output. */
class CheckCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void bundles() throws IOException {
        Files.writeString(dir.resolve("app_en.properties"), "hello=Hello {name}.\nbye=Goodbye.\n");
        Files.writeString(dir.resolve("app_fr.properties"), "hello=Bonjour {name}.\nbye=Au revoir.\n");
    }

    private int run(String... args) {
        return new Cli(new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void cleanBundlesExitZero() {
        assertEquals(ExitCode.OK, run("check", dir.toString(), "--source-locale", "en"), err::toString);
        assertTrue(out.toString().contains("No findings"), out::toString);
    }

    @Test
    void findingsExitOneAndNameFileLineAndKey() throws IOException {
        Files.writeString(dir.resolve("app_fr.properties"), "hello=Bonjour l'{name}.\n");
        assertEquals(ExitCode.FINDINGS, run("check", dir.toString(), "--source-locale", "en"));
        String text = out.toString();
        assertTrue(text.contains("app_fr.properties:1:16: error apostrophe_quoting [hello]"), text);
        assertTrue(text.contains("app_fr.properties:2: error missing_key [bye]"), text);
    }

    @Test
    void aPatternNested5000DeepIsOneFindingWithoutAStackTrace() throws IOException {
        Files.writeString(dir.resolve("app_fr.properties"), "hello=" + "{name, select, other {".repeat(5_000) + "Bonjour {name}."
                + "}}".repeat(5_000) + "\nbye=Au revoir.\n");
        assertEquals(ExitCode.FINDINGS, run("check", dir.toString(), "--source-locale", "en"));
        String[] lines = out.toString().split("\n");
        assertEquals(1, java.util.Arrays.stream(lines).filter(l -> l.contains(": error ")).count(), out::toString);
        assertTrue(out.toString().contains("app_fr.properties:1:7: error syntax_error [hello]: arguments nest 5001 deep, more than"
                + " the 10 the catalog allows"), out::toString);
        assertTrue(lines.length < 10, out::toString);
        assertEquals("", err.toString());
        assertTrue(!out.toString().contains("Exception") && !out.toString().contains("\tat "), out::toString);
    }

    @Test
    void severityOptionCanLetAFindingPass() throws IOException {
        Files.writeString(dir.resolve("app_fr.properties"), "hello=Bonjour {name}.\nbye=Goodbye.\n");
        assertEquals(ExitCode.FINDINGS, run("check", dir.toString(), "--source-locale", "en"));
        assertEquals(ExitCode.OK, run("check", dir.toString(), "--source-locale", "en", "--severity", "fr:untranslated=warning"));
        assertEquals(ExitCode.FINDINGS, run("check", dir.toString(), "--source-locale", "en", "--severity", "untranslated=warning",
                "--fail-on", "warning"));
    }

    @Test
    void jsonReportWrittenToAFileServesAsBaseline() throws IOException {
        Files.writeString(dir.resolve("app_fr.properties"), "hello=Bonjour {name}.\n");
        Path baseline = dir.resolve("baseline.json");
        assertEquals(ExitCode.FINDINGS, run("check", dir.toString(), "--source-locale", "en", "--format", "json", "--output", baseline.toString()));
        assertTrue(Files.readString(baseline).contains("\"schemaVersion\" : 1"));
        assertTrue(err.toString().contains("1 findings, 1 at or above error; report written to"), err::toString);
        assertEquals(ExitCode.OK, run("check", dir.toString(), "--source-locale", "en", "--baseline", baseline.toString()));
        Files.writeString(dir.resolve("app_fr.properties"), "hello=Bonjour {nom}.\n");
        assertEquals(ExitCode.FINDINGS, run("check", dir.toString(), "--source-locale", "en", "--baseline", baseline.toString()));
    }

    @Test
    void writingABaselineExitsZeroAndTheBaselineAcceptsTheFindings() throws IOException {
        Files.writeString(dir.resolve("app_fr.properties"), "hello=Bonjour {name}.\n");
        Path baseline = dir.resolve("accepted.json");
        assertEquals(ExitCode.OK, run("check", dir.toString(), "--source-locale", "en", "--write-baseline", baseline.toString()));
        assertEquals("", out.toString());
        assertEquals("errorcatalog check: baseline of 1 findings written to " + baseline + "\n", err.toString());
        assertTrue(Files.readString(baseline).contains("\"id\" : \"missing_key\""));
        assertEquals(ExitCode.OK, run("check", dir.toString(), "--source-locale", "en", "--baseline", baseline.toString()));
        Files.writeString(dir.resolve("app_fr.properties"), "hello=Bonjour {nom}.\n");
        assertEquals(ExitCode.FINDINGS, run("check", dir.toString(), "--source-locale", "en", "--baseline", baseline.toString()));
        assertEquals(ExitCode.OK, run("check", dir.toString(), "--source-locale", "en", "--baseline", baseline.toString(),
                "--write-baseline", baseline.toString()), "rewriting a baseline records every current finding, old ones too");
        assertTrue(Files.readString(baseline).contains("\"id\" : \"argument_mismatch\"") && Files.readString(baseline).contains("missing_key"));
    }

    @Test
    void sarifNamesTheToolVersion() {
        assertEquals(ExitCode.OK, run("check", dir.toString(), "--source-locale", "en", "--format", "sarif"));
        assertTrue(out.toString().contains("\"version\" : \"" + dev.errorcatalog.check.Checker.version() + "\""), out::toString);
    }

    @Test
    void usageAndInputErrorsExitTwoWithOneLine() {
        assertEquals(ExitCode.USAGE, run("check", dir.resolve("nothing").toString()));
        assertTrue(err.toString().contains("nothing: no such file or directory"), err::toString);
        assertEquals(ExitCode.USAGE, run("check", dir.toString(), "--format", "xml"));
        assertEquals(ExitCode.USAGE, run("check", dir.toString(), "--severity", "no_such_check=error"));
        assertTrue(err.toString().contains("check: --severity 'no_such_check=error': unknown check id 'no_such_check'"), err::toString);
        assertEquals(ExitCode.USAGE, run("check", dir.toString(), "--min-completeness", "es:lots"));
        assertTrue(err.toString().contains("check: --min-completeness 'es:lots' is not [LOCALE:]PERCENT"), err::toString);
        assertEquals(ExitCode.USAGE, run("check", dir.toString(), "--source-locale", "de"));
        assertTrue(err.toString().contains("no source bundle app_de.properties"), err::toString);
        assertEquals(ExitCode.USAGE, run("check", dir.toString(), "--baseline", dir.resolve("app_en.properties").toString()));
        assertTrue(err.toString().contains("not a JSON report"), err::toString);
        assertTrue(!err.toString().contains("Exception"), err::toString);
    }

    @Test
    void helpListsEveryCheckId() {
        assertEquals(ExitCode.OK, run("check", "--help"));
        assertTrue(out.toString().contains("missing_key, extra_key, key_case_or_typo"), out::toString);
        assertTrue(out.toString().contains("Exit codes: 0"), out::toString);
    }
}
