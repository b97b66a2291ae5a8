package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.MessageKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** XLIFF export and import on real and awkward bundles: what goes out, what comes back, and that nothing else moves. */
class XliffRoundTripTest {

    static final Locale GERMAN = Locale.GERMAN;

    @TempDir
    Path dir;

    /** The real German bundle of the reactor, copied. */
    static Path germanCopy(Path dir) throws IOException {
        Path bundle = dir.resolve("messages_de.properties");
        Files.copy(Path.of("../messages-de/src/main/resources/dev/errorcatalog/messages/de/messages_de.properties"), bundle);
        return bundle;
    }

    static final Path ENGLISH = Path.of("../messages-en/src/main/resources/dev/errorcatalog/messages/en/messages_en.properties");

    /** The catalog's English texts, from the English module's sources (this module depends on no locale module). */
    static Map<String, String> english() throws IOException {
        Map<String, String> texts = new java.util.HashMap<>();
        BundleFile.parse(Files.readAllBytes(ENGLISH)).byKey.forEach((key, entry) -> texts.put(key, entry.value()));
        return texts;
    }

    @ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource({"V1_2, de", "V2_0, de", "V1_2, es", "V2_0, es"})
    void importingAnUnchangedFullExportLeavesTheRealBundleByteForByte(Xliff.Version version, String tag) throws Exception {
        Path bundle = dir.resolve("messages_" + tag + ".properties");
        Files.copy(Path.of("../messages-" + tag + "/src/main/resources/dev/errorcatalog/messages/" + tag + "/messages_" + tag
                + ".properties"), bundle);
        byte[] before = Files.readAllBytes(bundle);
        Translations de = Translations.open(dir, Locale.forLanguageTag(tag), english());
        byte[] xliff = de.exportXliff(version, true);
        String xml = new String(xliff, StandardCharsets.UTF_8);
        assertEquals(MessageKey.all().size(), count(xml, version == Xliff.Version.V1_2 ? "<trans-unit " : "<unit "), xml);

        Translations.ImportResult result = de.importXliff(xliff, Checker.builder().build());

        assertEquals(List.of(), result.updated());
        assertArrayEquals(before, Files.readAllBytes(bundle));
        assertFalse(Files.exists(de.lockFile()), "an unchanged import confirms nothing");
        assertFalse(result.report().fails(Severity.ERROR), result.report().findings().toString());
    }

    /** Comments, blank lines, CR LF line ends, escapes, a continuation line, ':' and ' ' separators, a BOM-free UTF-8 file. */
    static final String AWKWARD = "# Traductions\r\n\r\n"
            + "account_limit_exceeded : Le compte doit \\u00eatre mis \u00e0 niveau.\r\n"
            + "! a comment\r\n"
            + "allowed_address_limit_exceeded=Le nombre maximal d'adresses \\\r\n    a \u00e9t\u00e9 d\u00e9pass\u00e9.\r\n"
            + "already_assigned Cette ressource est d\u00e9j\u00e0 attribu\u00e9e.\r\n"
            + "already_verified=\\ \\tCe num\u00e9ro est d\u00e9j\u00e0 v\u00e9rifi\u00e9.\r\n";

    @ParameterizedTest
    @EnumSource(Xliff.Version.class)
    void aChangedTranslationRewritesOnlyItsOwnEntryAndAMissingOneIsInsertedInCatalogOrder(Xliff.Version version) throws Exception {
        Path bundle = dir.resolve("messages_fr.properties");
        Files.writeString(bundle, AWKWARD, StandardCharsets.UTF_8);
        Translations fr = Translations.open(dir, Locale.FRENCH, english());
        byte[] unchanged = fr.exportXliff(version, true);
        fr.importXliff(unchanged, Checker.builder().severity(CheckId.MISSING_KEY, Severity.NONE).build());
        assertEquals(AWKWARD, Files.readString(bundle), "round trip of the awkward bundle");

        String xml = new String(unchanged, StandardCharsets.UTF_8);
        String target = version == Xliff.Version.V1_2 ? "<target state=\"translated\">Cette ressource est d\u00e9j\u00e0 attribu\u00e9e.</target>"
                : "<target xml:space=\"preserve\">Cette ressource est d\u00e9j\u00e0 attribu\u00e9e.</target>";
        assertTrue(xml.contains(target), xml);
        String edited = xml.replace(target, target.replace("d\u00e9j\u00e0 attribu\u00e9e", "attribu\u00e9e \\ d\u00e9j\u00e0"));
        // already_verified follows already_assigned; address_has_no_valid_channels comes next in the catalog
        String added = version == Xliff.Version.V1_2
                ? "<trans-unit id=\"address_has_no_valid_channels\"><source>The address has no valid channels.</source>"
                        + "<target state=\"translated\">L'adresse n'a aucun canal valide.</target></trans-unit>"
                : "<unit id=\"address_has_no_valid_channels\"><segment state=\"translated\"><source>The address has no valid channels.</source>"
                        + "<target>L'adresse n'a aucun canal valide.</target></segment></unit>";
        edited = edited.replaceAll("(?s)<(trans-unit|unit) id=\"address_has_no_valid_channels\".*?</\\1>", "")
                .replace(version == Xliff.Version.V1_2 ? "</body>" : "</file>",
                added + (version == Xliff.Version.V1_2 ? "</body>" : "</file>"));

        Translations.ImportResult result = fr.importXliff(edited.getBytes(StandardCharsets.UTF_8),
                Checker.builder().severity(CheckId.MISSING_KEY, Severity.NONE).build());

        assertEquals(List.of("already_assigned", "address_has_no_valid_channels"), result.updated());
        String expected = AWKWARD.replace("already_assigned Cette ressource est d\u00e9j\u00e0 attribu\u00e9e.",
                "already_assigned=Cette ressource est attribu\u00e9e \\\\ d\u00e9j\u00e0.")
                + "address_has_no_valid_channels=L'adresse n'a aucun canal valide.\r\n";
        assertEquals(expected, Files.readString(bundle));
        TranslationLock lock = TranslationLock.parse(Files.readString(fr.lockFile()));
        assertEquals(TranslationLock.hash("This resource is already assigned."), lock.get("already_assigned").hash());
        assertEquals(2, lock.size(), "only what was imported is recorded");
    }

    @Test
    void theDefaultExportHasOnlyWhatIsMissingOrUntranslatedWithArgumentsAndProtectedTokens() throws Exception {
        Map<String, String> english = english();
        StringBuilder text = new StringBuilder();
        for (MessageKey key : MessageKey.all()) {
            String value = key.key().equals("purchased_too_recently") || key.key().equals("authblock_is_expired") ? english.get(key.key())
                    : key.key().equals("not_e164") ? null : "x " + english.get(key.key());
            if (value != null) {
                text.append(BundleEditor.line(key.key(), value)).append('\n');
            }
        }
        Files.writeString(dir.resolve("messages_fr.properties"), text, StandardCharsets.UTF_8);
        String xml = new String(Translations.open(dir, Locale.FRENCH, english()).exportXliff(Xliff.Version.V1_2, false), StandardCharsets.UTF_8);

        List<String> ids = ids(xml);
        assertEquals(List.of("authblock_is_expired", "not_e164", "purchased_too_recently"), ids.stream().sorted().toList());
        assertTrue(xml.contains("<mrk mtype=\"protected\">expires_at</mrk>"), xml);
        assertTrue(xml.contains("{waitDays} plural, e.g. 14"), xml);
        assertTrue(xml.contains("target-language=\"fr\""), xml);
    }

    @Test
    void aCarriageReturnAndLeadingSpacesSurviveBothVersions() throws Exception {
        for (Xliff.Version version : Xliff.Version.values()) {
            Path bundle = dir.resolve(version.name()).resolve("messages_fr.properties");
            Files.createDirectories(bundle.getParent());
            String awkward = "account_limit_exceeded=\\  Ligne un\\r\\nligne deux\\t \n";
            Files.writeString(bundle, awkward);
            Translations fr = Translations.open(bundle.getParent(), Locale.FRENCH, english());
            byte[] xliff = fr.exportXliff(version, true);
            XliffReader.Unit unit = XliffReader.read(xliff).units().stream().filter(u -> u.id().equals("account_limit_exceeded"))
                    .findFirst().orElseThrow();
            assertEquals("  Ligne un\r\nligne deux\t ", unit.target(), version.name());
            fr.importXliff(xliff, Checker.builder().severity(CheckId.MISSING_KEY, Severity.NONE)
                    .severity(CheckId.WHITESPACE_MISMATCH, Severity.NONE).build());
            assertEquals(awkward, Files.readString(bundle));
        }
    }

    @Test
    void aStaleTranslationIsReportedExportedWithOldAndNewEnglishAndConfirmedByImport() throws Exception {
        Path bundle = germanCopy(dir);
        Translations de = Translations.open(dir, GERMAN, english());
        Files.writeString(de.lockFile(), TranslationLock.empty().with(Map.of("not_e164", "The number is not E.164.",
                "already_assigned", english().get("already_assigned"))).format(List.of()));

        Report report = Checker.builder().build().check(List.of(dir, ENGLISH));
        List<Finding> stale = report.findings().stream().filter(f -> f.id() == CheckId.STALE_TRANSLATION).toList();
        assertEquals(List.of("not_e164"), stale.stream().map(Finding::key).toList());
        assertEquals(Severity.WARNING, stale.get(0).severity());
        assertTrue(stale.get(0).message().contains("was: \"The number is not E.164.\""), stale.get(0).message());

        String xml = new String(de.exportXliff(Xliff.Version.V2_0, false), StandardCharsets.UTF_8);
        assertEquals(List.of("not_e164"), ids(xml));
        assertTrue(xml.contains("It was: \"The number is not E.164.\". It is now: \"" + english().get("not_e164")), xml);
        assertTrue(xml.contains("<segment state=\"initial\">"), xml);

        byte[] before = Files.readAllBytes(bundle);
        Translations.ImportResult kept = de.importXliff(xml.getBytes(StandardCharsets.UTF_8), Checker.builder().build());
        assertEquals(List.of(), kept.confirmed(), "still in state initial: not confirmed");
        Translations.ImportResult confirmed = de.importXliff(
                xml.replace("state=\"initial\"", "state=\"final\"").getBytes(StandardCharsets.UTF_8), Checker.builder().build());
        assertEquals(List.of("not_e164"), confirmed.confirmed());
        assertArrayEquals(before, Files.readAllBytes(bundle));
        assertTrue(Checker.builder().build().check(List.of(dir, ENGLISH)).findings().stream().noneMatch(f -> f.id() == CheckId.STALE_TRANSLATION));
    }

    @Test
    void confirmRecordsTheCurrentEnglishOfTheKeysGivenOrOfEveryTranslatedKey() throws Exception {
        germanCopy(dir);
        Translations de = Translations.open(dir, GERMAN, english());
        Files.writeString(de.lockFile(), TranslationLock.empty().with(Map.of("not_e164", "old")).format(List.of()));
        assertEquals(List.of("not_e164"), de.confirm(List.of("not_e164")));
        assertEquals(List.of(), de.confirm(List.of("not_e164")), "nothing left to confirm");
        assertEquals(MessageKey.all().size() - 1, de.confirm(List.of()).size());
        String lock = Files.readString(de.lockFile());
        assertTrue(lock.startsWith("# Error Catalog translation lock"), lock);
        assertEquals(MessageKey.all().size(), TranslationLock.parse(lock).size());
        assertNotEquals(-1, lock.indexOf("not_e164\t" + TranslationLock.hash(english().get("not_e164")) + "\t"));
    }

    static List<String> ids(String xml) {
        return java.util.regex.Pattern.compile("<(?:trans-unit|unit) id=\"([^\"]+)\"").matcher(xml).results()
                .map(m -> m.group(1)).collect(Collectors.toList());
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
