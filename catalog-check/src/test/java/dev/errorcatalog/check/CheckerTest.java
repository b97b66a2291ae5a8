package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every check, on a planted defect in an otherwise clean German bundle checked against an English source bundle. */
class CheckerTest {

    private static final String SOURCE = """
            # source
            greeting=Hello {name}.
            days=Wait {n, plural, one {# day} other {# days}}.
            kind={gender, select, female {She} other {They}} called.
            plain=Welcome to the service.
            product=SignalWire
            """;

    /** A clean translation: line numbers as in SOURCE. */
    private static final String CLEAN = """
            # Deutsch
            greeting=Hallo {name}.
            days=Warten Sie {n, plural, one {# Tag} other {# Tage}}.
            kind={gender, select, female {Sie} other {Sie}} hat angerufen.
            plain=Willkommen beim Dienst.
            product=SignalWire
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> plantedDefects() {
        return Stream.of(
                planted(CheckId.MISSING_KEY, "plain", 5, t -> t.replace("plain=Willkommen beim Dienst.\n", "")),
                planted(t -> t.replace("angerufen.\n", "angerufen.\\\n"), CheckId.LINE_CONTINUATION, "kind", 4, CheckId.MISSING_KEY, "plain", 5),
                planted(CheckId.EXTRA_KEY, "obsolete", 7, t -> t + "obsolete=Alt\n"),
                planted(t -> t.replace("plain=", "Plain="), CheckId.MISSING_KEY, "plain", 5, CheckId.EXTRA_KEY, "Plain", 5,
                        CheckId.KEY_CASE_OR_TYPO, "Plain", 5),
                planted(t -> t.replace("plain=", "plian="), CheckId.MISSING_KEY, "plain", 5, CheckId.EXTRA_KEY, "plian", 5,
                        CheckId.KEY_CASE_OR_TYPO, "plian", 5),
                planted(CheckId.SYNTAX_ERROR, "greeting", 2, t -> t.replace("{name}", "{name, select}")),
                planted(CheckId.SYNTAX_ERROR, "kind", 4, t -> t.replace("{gender, select, female {Sie} other {Sie}}",
                        "{gender, select, other {".repeat(5_000) + "Sie" + "}}".repeat(5_000))),
                planted(CheckId.UNBALANCED_BRACE, "greeting", 2, t -> t.replace("{name}.", "{name}}.")),
                planted(CheckId.UNBALANCED_BRACE, "greeting", 2, t -> t.replace("{name}.", "{name.")),
                planted(CheckId.ARGUMENT_MISMATCH, "greeting", 2, t -> t.replace("{name}", "{nom}")),
                planted(CheckId.ARGUMENT_MISMATCH, "greeting", 2, t -> t.replace("Hallo {name}.", "Hallo.")),
                planted(CheckId.ARGUMENT_TYPE_MISMATCH, "greeting", 2, t -> t.replace("{name}", "{name, number}")),
                planted(CheckId.PLURAL_MISSING_OTHER, "days", 3, t -> t.replace(" other {# Tage}", "")),
                planted(CheckId.SELECT_MISSING_OTHER, "kind", 4, t -> t.replace(" other {Sie}", "")),
                // ICU takes a prefix of 'other' for it, then overflows the stack formatting it
                planted(CheckId.PLURAL_MISSING_OTHER, "days", 3, t -> t.replace(" other {# Tage}", " othe {# Tage}")),
                planted(CheckId.SELECT_MISSING_OTHER, "kind", 4, t -> t.replace(" other {Sie}", " o {Sie}")),
                planted(CheckId.PLURAL_MISSING_LOCALE_CATEGORY, "days", 3, t -> t.replace("one {# Tag} ", "=1 {ein Tag} ")),
                planted(CheckId.PLURAL_UNUSED_CATEGORY, "days", 3, t -> t.replace("one {# Tag}", "one {# Tag} few {# Tage}")),
                planted(CheckId.APOSTROPHE_QUOTING, "greeting", 2, t -> t.replace("Hallo {name}", "Hallo l'{name}")),
                planted(CheckId.APOSTROPHE_QUOTING, "greeting", 2, t -> t.replace("Hallo {name}", "Hallo '{name}'")),
                planted(CheckId.EMPTY_VALUE, "plain", 5, t -> t.replace("plain=Willkommen beim Dienst.", "plain=")),
                planted(CheckId.EMPTY_VALUE, "plain", 5, t -> t.replace("plain=Willkommen beim Dienst.", "plain=\\u0020\\t")),
                planted(CheckId.UNTRANSLATED, "plain", 5, t -> t.replace("Willkommen beim Dienst.", "Welcome to the service.")),
                planted(CheckId.WHITESPACE_MISMATCH, "plain", 5, t -> t.replace("Dienst.", "Dienst. ")),
                planted(CheckId.DUPLICATE_KEY, "plain", 7, t -> t + "plain=Willkommen!\n"),
                planted(CheckId.LINE_CONTINUATION, "plain", 5, t -> t.replace("Willkommen beim", "Willkommen \\\n    beim")),
                planted(CheckId.BOM_OR_INVALID_ESCAPE, "greeting", 1, t -> "\uFEFF" + t),
                planted(CheckId.BOM_OR_INVALID_ESCAPE, "greeting", 1, t -> "\uFEFF" + t.replace("# Deutsch\n", "")),
                planted(CheckId.BOM_OR_INVALID_ESCAPE, "plain", 5, t -> t.replace("beim", "\\u00Zbeim")),
                planted(t -> t.replace("plain=Willkommen", "pl\\u00Zain=Willkommen"), CheckId.MISSING_KEY, "plain", 5,
                        CheckId.EXTRA_KEY, "pl\\u00Zain", 5, CheckId.BOM_OR_INVALID_ESCAPE, "pl\\u00Zain", 5),
                planted(CheckId.ENCODING_ERROR, "plain", 5, t -> t.replace("Willkommen", "GrÃ¼ÃŸe")),
                planted(CheckId.ENCODING_ERROR, "plain", 5, t -> t.replace("Willkommen", "Gr\uFFFDße")),
                planted(t -> t.replace("one {# Tag}", "one {# Tag} \\\n  =2 {zwei TÃ¤ge}"), CheckId.LINE_CONTINUATION, "days", 3,
                        CheckId.ENCODING_ERROR, "days", 4),
                // ICU's MessageFormat rejects what its parser accepts: a bad skeleton, a translated format type
                planted(CheckId.SYNTAX_ERROR, "days", 3, t -> t.replace("other {# Tage}", "other {{n, number, ::bogus-stem} Tage}")),
                planted(CheckId.SYNTAX_ERROR, "greeting", 2, t -> t.replace("{name}", "{name, anzahl}")),
                planted(CheckId.SYNTAX_ERROR, "days", 3, t -> t.replace("{n, plural,", "{n, plurales,")),
                planted(CheckId.SYNTAX_ERROR, "kind", 4, t -> t.replace("{gender, select,", "{gender, seleccionar,")),
                planted(CheckId.RENDER_ERROR, "days", 3, t -> t.replace("other {# Tage}", "other {'{'n'}' Tage}")));
    }

    /** A defect and the one finding it must cause: {@code id}, {@code key} and {@code line}. */
    private static Arguments planted(CheckId id, String key, int line, UnaryOperator<String> defect) {
        return Arguments.of(id + " [" + key + "] at line " + line, defect, List.of(id + " [" + key + "] " + line));
    }

    /** A defect and the findings it must cause, in report order: id, key, line, id, key, line, .... */
    private static Arguments planted(UnaryOperator<String> defect, Object... expected) {
        List<String> findings = new java.util.ArrayList<>();
        for (int i = 0; i < expected.length; i += 3) {
            findings.add(expected[i] + " [" + expected[i + 1] + "] " + expected[i + 2]);
        }
        return Arguments.of(String.join(", ", findings), defect, findings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantedDefects")
    void eachCheckFindsItsPlantedDefectAndNothingElse(String name, UnaryOperator<String> defect, List<String> expected) throws IOException {
        Report report = check(defect.apply(CLEAN));
        assertEquals(expected, report.findings().stream().map(f -> f.id() + " [" + f.key() + "] " + f.line()).toList(),
                report.findings()::toString);
        for (Finding finding : report.findings()) {
            assertEquals("de", finding.locale());
            assertTrue(finding.file().endsWith("messages_de.properties"), finding::toString);
            assertEquals(finding.id().defaultSeverity(), finding.severity());
            assertTrue(finding.key() != null, () -> "every finding about a message names its key: " + finding);
        }
    }

    @Test
    void aTooDeepPatternIsASyntaxErrorThatSaysWhy() throws IOException {
        String deep = "{gender, select, other {".repeat(5_000) + "Sie" + "}}".repeat(5_000);
        Finding finding = check(CLEAN.replace("{gender, select, female {Sie} other {Sie}}", deep)).findings().get(0);
        assertEquals("arguments nest 5000 deep, more than the 10 the catalog allows (deeper patterns can overflow the stack),"
                + " so the catalog will not use the message: flatten it", finding.message());
    }

    @Test
    void aFailureOfTheCheckerIsAFindingOfThatMessage() {
        // no plural rules: the plural check fails inside the checker, as a bug of its own would
        List<MessageChecks.Issue> issues = MessageChecks.check("{n, plural, one {# Tag} other {# Tage}}", null, null, null);
        assertEquals(1, issues.size(), issues::toString);
        assertEquals(CheckId.INTERNAL_ERROR, issues.get(0).id());
        assertTrue(issues.get(0).message().startsWith("the checker failed on this message (java.lang.NullPointerException"),
                issues.get(0)::toString);
    }

    @Test
    void cleanTranslationHasNoFinding() throws IOException {
        Report report = check(CLEAN);
        assertEquals(List.of(), report.findings());
        assertEquals(List.of(new LocaleSummary("de", dir.resolve("messages_de.properties").toString(), 5, 5),
                new LocaleSummary("en", dir.resolve("messages_en.properties").toString(), 5, 5)), report.locales());
    }

    @Test
    void cleanVariantsOfEachPatternPass() throws IOException {
        String variants = CLEAN
                .replace("Hallo {name}.", "Hallo ''{name}'' – l''{name} '{'wörtlich'}'.")
                .replace("one {# Tag}", "=0 {keine Tage} one {# Tag}")
                .replace("Willkommen beim", "Willkommen\\tbeim")
                // braces quoted on purpose: 'id' is no argument of the message, so nothing is swallowed
                .replace("Dienst.", "Dienst: DELETE /api/'{id}', '{name, value}'.");
        assertEquals(List.of(), check(variants).findings());
    }

    @Test
    void whollyLegacyEncodedFileIsOneFinding() throws IOException {
        Files.writeString(dir.resolve("messages_en.properties"), SOURCE);
        String text = CLEAN.replace("Willkommen", "Grüße").replace("Warten Sie", "Wärten Sie");
        Files.write(dir.resolve("messages_de.properties"), text.getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("messages_de.untranslated.txt"), "product\n");
        List<Finding> findings = Checker.builder().sourceLocale(Locale.ENGLISH).build().check(List.of(dir)).findings();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(CheckId.ENCODING_ERROR, findings.get(0).id());
        assertTrue(findings.get(0).message().contains("re-save the whole file as UTF-8"), findings.get(0)::toString);
    }

    @Test
    void invalidBytesOnOneLineAreFoundOnThatLine() throws IOException {
        Files.writeString(dir.resolve("messages_en.properties"), SOURCE);
        byte[] utf8 = CLEAN.replace("Warten Sie", "Wärten Sie").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new String(utf8, StandardCharsets.ISO_8859_1).replace("Willkommen", "Gr\u00FC\u00DFe").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("messages_de.properties"), bad);
        Files.writeString(dir.resolve("messages_de.untranslated.txt"), "product\n");
        List<Finding> findings = Checker.builder().sourceLocale(Locale.ENGLISH).build().check(List.of(dir)).findings();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(CheckId.ENCODING_ERROR, findings.get(0).id());
        assertEquals(5, findings.get(0).line());
    }

    @Test
    void spanishNeedsTheManyCategoryAndGermanDoesNot() throws IOException {
        Files.writeString(dir.resolve("messages_en.properties"), SOURCE);
        Files.writeString(dir.resolve("messages_es.properties"), """
                greeting=Hola {name}.
                days=Espere {n, plural, one {# día} other {# días}}.
                kind={gender, select, female {Ella} other {Elle}} llamó.
                plain=Bienvenido al servicio.
                product=SignalWire
                """);
        Files.writeString(dir.resolve("messages_es.untranslated.txt"), "# product names\nproduct\n");
        List<Finding> findings = Checker.builder().sourceLocale(Locale.ENGLISH).build().check(List.of(dir)).findings();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(CheckId.PLURAL_MISSING_LOCALE_CATEGORY, findings.get(0).id());
        assertTrue(findings.get(0).message().contains("many (e.g. 1000000)"), findings.get(0)::toString);
        assertEquals(2, findings.get(0).line());
        assertEquals(13, findings.get(0).column());
    }

    @Test
    void severitiesAreConfigurablePerCheckAndPerLocale() throws IOException {
        String defect = CLEAN.replace("Willkommen beim Dienst.", "Welcome to the service.").replace("Dienst.", "Dienst. ");
        write(defect);
        Report warning = Checker.builder().sourceLocale(Locale.ENGLISH).severity(CheckId.UNTRANSLATED, Severity.WARNING).build()
                .check(List.of(dir));
        assertEquals(Severity.WARNING, warning.findings().get(0).severity());
        assertTrue(!warning.fails(Severity.ERROR) && warning.fails(Severity.WARNING));
        Report off = Checker.builder().sourceLocale(Locale.ENGLISH).severity("de", CheckId.UNTRANSLATED, Severity.NONE).build()
                .check(List.of(dir));
        assertEquals(List.of(), off.findings());
        Report otherLocale = Checker.builder().sourceLocale(Locale.ENGLISH).severity("es", CheckId.UNTRANSLATED, Severity.NONE).build()
                .check(List.of(dir));
        assertEquals(1, otherLocale.findings().size());
    }

    @Test
    void severityAndMinimumSettingsAreParsedFromText() throws IOException {
        write(CLEAN.replace("Willkommen beim Dienst.", "Welcome to the service."));
        Report untranslatedIsInfo = Checker.builder().sourceLocale(Locale.ENGLISH).severity("de_DE:untranslated = info").build()
                .check(List.of(dir));
        assertEquals(Severity.ERROR, untranslatedIsInfo.findings().get(0).severity(), "de_DE is not de");
        Report forDe = Checker.builder().sourceLocale(Locale.ENGLISH).severity("de:untranslated=info").minimumCompleteness("de:90%").build()
                .check(List.of(dir));
        assertEquals(List.of(CheckId.COMPLETENESS_BELOW_MINIMUM, CheckId.UNTRANSLATED), forDe.findings().stream().map(Finding::id).toList());
        assertEquals(Severity.INFO, forDe.findings().get(1).severity());
        Report everywhere = Checker.builder().sourceLocale(Locale.ENGLISH).severity("untranslated=none").minimumCompleteness("80").build()
                .check(List.of(dir));
        assertEquals(List.of(), everywhere.findings());
    }

    @ParameterizedTest
    @MethodSource
    void malformedSettingsAreRejectedWithTheReason(UnaryOperator<Checker.Builder> setting, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> setting.apply(Checker.builder()));
        assertTrue(e.getMessage().contains(reason), e::getMessage);
    }

    static Stream<Arguments> malformedSettingsAreRejectedWithTheReason() {
        return Stream.of(
                Arguments.of((UnaryOperator<Checker.Builder>) b -> b.severity("untranslated"), "is not [LOCALE:]ID=LEVEL"),
                Arguments.of((UnaryOperator<Checker.Builder>) b -> b.severity("no_such_check=error"), "unknown check id 'no_such_check'"),
                Arguments.of((UnaryOperator<Checker.Builder>) b -> b.severity("untranslated=fatal"), "unknown severity 'fatal'"),
                Arguments.of((UnaryOperator<Checker.Builder>) b -> b.severity("x!:untranslated=info"), "'x!' is not a BCP 47 language tag"),
                Arguments.of((UnaryOperator<Checker.Builder>) b -> b.minimumCompleteness("de:ninety"), "is not [LOCALE:]PERCENT"),
                Arguments.of((UnaryOperator<Checker.Builder>) b -> b.minimumCompleteness("101"), "is not [LOCALE:]PERCENT"));
    }

    @Test
    void allowListAcceptsAnUntranslatedKey() throws IOException {
        write(CLEAN.replace("Willkommen beim Dienst.", "Welcome to the service."));
        Report report = Checker.builder().sourceLocale(Locale.ENGLISH).allowUntranslated("de", List.of("plain")).build().check(List.of(dir));
        assertEquals(List.of(), report.findings());
    }

    @Test
    void minimumCompletenessFailsAnIncompleteLocale() throws IOException {
        write(CLEAN.replace("plain=Willkommen beim Dienst.\n", ""));
        Report report = Checker.builder().sourceLocale(Locale.ENGLISH).severity(CheckId.MISSING_KEY, Severity.INFO)
                .minimumCompleteness("de", 90).build().check(List.of(dir));
        assertTrue(report.fails(Severity.ERROR));
        Finding below = report.findings(Severity.ERROR).get(0);
        assertEquals(CheckId.COMPLETENESS_BELOW_MINIMUM, below.id());
        assertTrue(below.message().startsWith("de is 80.0% translated (4 of 5 keys)"), below::toString);
        assertTrue(Checker.builder().sourceLocale(Locale.ENGLISH).severity(CheckId.MISSING_KEY, Severity.INFO)
                .minimumCompleteness("de", 80).build().check(List.of(dir)).findings(Severity.ERROR).isEmpty());
    }

    @Test
    void baselineAcceptsKnownFindingsButNotNewOnes() throws IOException {
        write(CLEAN.replace("plain=Willkommen beim Dienst.\n", ""));
        Report first = Checker.builder().sourceLocale(Locale.ENGLISH).build().check(List.of(dir));
        Path baseline = Files.createTempFile(dir.getParent(), "baseline", ".json");
        try (var out = Files.newBufferedWriter(baseline)) {
            ReportFormat.JSON.write(first, Severity.ERROR, out);
        }
        Report accepted = Checker.builder().sourceLocale(Locale.ENGLISH).baseline(baseline).build().check(List.of(dir));
        assertEquals(List.of(), accepted.findings());
        assertEquals(1, accepted.baselined());
        write("\n\n" + CLEAN.replace("plain=Willkommen beim Dienst.\n", "").replace("{name}", "{nom}"));
        Report moved = Checker.builder().sourceLocale(Locale.ENGLISH).baseline(baseline).build().check(List.of(dir));
        assertEquals(List.of(CheckId.ARGUMENT_MISMATCH), moved.findings().stream().map(Finding::id).toList());
    }

    @Test
    void aBundleWithoutItsSourceIsAnError() throws IOException {
        Files.writeString(dir.resolve("messages_de.properties"), CLEAN);
        IOException e = assertThrows(IOException.class,
                () -> Checker.builder().sourceLocale(Locale.ENGLISH).build().check(List.of(dir)));
        assertTrue(e.getMessage().contains("no source bundle messages_en.properties"), e.getMessage());
    }

    private Report check(String german) throws IOException {
        write(german);
        return Checker.builder().sourceLocale(Locale.ENGLISH).build().check(List.of(dir));
    }

    private void write(String german) throws IOException {
        Files.writeString(dir.resolve("messages_en.properties"), SOURCE);
        Files.writeString(dir.resolve("messages_de.properties"), german);
        Files.writeString(dir.resolve("messages_de.untranslated.txt"), "product\n");
    }
}
