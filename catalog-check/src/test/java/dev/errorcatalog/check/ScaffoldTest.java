package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.MessageKey;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What new-locale writes; ScaffoldBuildTest (tooling) builds it with Maven. */
class ScaffoldTest {

    static final Path ROOT = Path.of("..");

    @TempDir
    Path dir;

    static Scaffold.Options options(String tag, Path dir, boolean standalone) {
        return new Scaffold.Options(Locale.forLanguageTag(tag), dir, standalone, null, null, "0.1.0-SNAPSHOT");
    }

    @Test
    void aStandaloneModuleHasEveryPartAndABundleThatFailsTheCheckAsUntranslated() throws Exception {
        Scaffold.Result result = Scaffold.create(options("fr", dir, true), XliffRoundTripTest.english());

        Path module = dir.resolve("messages-fr");
        assertEquals(module, result.module());
        String provider = Files.readString(module.resolve("src/main/java/org/example/messages/fr/FrenchMessages.java"));
        assertTrue(provider.contains("super(Locale.forLanguageTag(\"fr\"), ErrorCatalog.CATALOG_VERSION);"), provider);
        assertTrue(provider.contains("getResourceAsStream(\"messages_fr.properties\")"), provider);
        assertEquals("org.example.messages.fr.FrenchMessages\n",
                Files.readString(module.resolve("src/main/resources/META-INF/services/dev.errorcatalog.spi.MessageProvider")));
        assertTrue(Files.readString(module.resolve("src/main/java/module-info.java"))
                .contains("provides dev.errorcatalog.spi.MessageProvider with org.example.messages.fr.FrenchMessages;"));
        assertTrue(Files.readString(module.resolve("pom.xml")).contains("<errorcatalog.version>0.1.0-SNAPSHOT</errorcatalog.version>"));
        assertEquals(List.of(), result.edited());
        assertNull(result.parent());

        Report report = Checker.builder().build().check(List.of(module.resolve("src/main/resources"), XliffRoundTripTest.ENGLISH));
        List<Finding> french = report.findings().stream().filter(f -> f.locale().equals("fr")).toList();
        assertEquals(MessageKey.all().size(), french.stream().filter(f -> f.id() == CheckId.UNTRANSLATED).count(), "every key untranslated");
        assertEquals(List.of(CheckId.PLURAL_MISSING_LOCALE_CATEGORY), french.stream().map(Finding::id)
                .filter(id -> id != CheckId.UNTRANSLATED).distinct().toList(), "and the plurals lack French 'many'");
    }

    @Test
    void insideTheReactorTheModuleIsAddedToTheRootPomTheBomAndTheCommandLine() throws Exception {
        for (String pom : List.of("pom.xml", "bom/pom.xml", "tooling/pom.xml")) {
            Files.createDirectories(dir.resolve(pom).getParent());
            Files.copy(ROOT.resolve(pom), dir.resolve(pom));
        }
        String before = Files.readString(dir.resolve("pom.xml"));
        Scaffold.Result result = Scaffold.create(options("pt-BR", dir, false), XliffRoundTripTest.english());

        assertEquals(3, result.edited().size());
        String root = Files.readString(dir.resolve("pom.xml"));
        assertTrue(root.contains("</module>\n    <module>messages-pt-br</module>\n"), root);
        assertEquals(before.length() + "    <module>messages-pt-br</module>\n".length(), root.length(), "one line added, nothing else");
        assertTrue(Files.readString(dir.resolve("bom/pom.xml")).contains("<artifactId>messages-pt-br</artifactId>"));
        assertTrue(Files.readString(dir.resolve("tooling/pom.xml"))
                .contains("<artifactId>messages-pt-br</artifactId>\n      <version>${project.version}</version>\n      <scope>runtime</scope>"));
        String pom = Files.readString(dir.resolve("messages-pt-br/pom.xml"));
        assertTrue(pom.contains("<artifactId>errorcatalog-parent</artifactId>"), pom);
        assertTrue(Files.exists(dir.resolve("messages-pt-br/src/main/java/dev/errorcatalog/messages/pt_br/PortugueseBrazilMessages.java")));
        assertTrue(Files.exists(dir.resolve("messages-pt-br/src/main/resources/dev/errorcatalog/messages/pt_br/messages_pt_BR.properties")));

        assertThrows(FileAlreadyExistsException.class, () -> Scaffold.create(options("pt-BR", dir, false), XliffRoundTripTest.english()));
    }

    @Test
    void aRegionalModuleWhoseParentExistsStartsEmptyAndDependsOnIt() throws Exception {
        Files.copy(ROOT.resolve("pom.xml"), dir.resolve("pom.xml"));
        for (String pom : List.of("bom/pom.xml", "tooling/pom.xml")) {
            Files.createDirectories(dir.resolve(pom).getParent());
            Files.copy(ROOT.resolve(pom), dir.resolve(pom));
        }
        Files.createDirectories(dir.resolve("messages-de"));
        Scaffold.Result result = Scaffold.create(options("de-CH", dir, false), XliffRoundTripTest.english());

        assertEquals(Locale.GERMAN, result.parent());
        assertTrue(Files.readString(result.bundle()).lines().allMatch(l -> l.startsWith("#")), "only comments");
        assertTrue(Files.readString(result.module().resolve("pom.xml")).contains("<artifactId>messages-de</artifactId>"));
        Report report = Checker.builder().build().check(List.of(result.module().resolve("src/main/resources"),
                ROOT.resolve("messages-de/src/main/resources"), XliffRoundTripTest.ENGLISH));
        assertEquals(List.of(), report.findings(), "complete through de");
    }

    @Test
    void outsideTheReactorWithoutStandaloneItSaysWhatToDo() {
        IOException e = assertThrows(IOException.class, () -> Scaffold.create(options("fr", dir, false), XliffRoundTripTest.english()));
        assertTrue(e.getMessage().contains("is not the Error Catalog reactor") && e.getMessage().contains("--standalone"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Scaffold.create(
                new Scaffold.Options(Locale.FRENCH, dir, true, null, "Com.Example", "1"), XliffRoundTripTest.english()));
        assertTrue(bad.getMessage().contains("is not a Java package"), bad.getMessage());
    }

    @Test
    void classNamesSayTheLocale() {
        assertEquals("FrenchMessages", Scaffold.className(Locale.FRENCH));
        assertEquals("ChineseTraditionalTaiwanMessages", Scaffold.className(Locale.forLanguageTag("zh-Hant-TW")));
        assertEquals("SpanishLatinAmericaMessages", Scaffold.className(Locale.forLanguageTag("es-419")));
    }
}
