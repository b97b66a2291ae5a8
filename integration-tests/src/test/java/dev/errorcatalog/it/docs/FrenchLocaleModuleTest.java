package dev.errorcatalog.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.tooling.cli.Cli;
import java.io.File;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A French locale module made the way README.md's "Add a locale", "By hand, in your own repository" says, from its code blocks (the
 * provider and the module-info as they stand, the bundle a copy of the English one with a few messages
 * translated), then checked and previewed with the command line as steps 4 and 5 say.
 */
@Tag("docs")
class FrenchLocaleModuleTest {

    private static final Path ENGLISH = ReadmeSnippetsTest.ROOT.resolve(
            "messages-en/src/main/resources/dev/errorcatalog/messages/en/messages_en.properties");
    private static final Pattern PROVIDES = Pattern.compile("provides\\s+dev\\.errorcatalog\\.spi\\.MessageProvider\\s+with\\s+([\\w.]+);");
    private static final List<String> CLASS_PATH = List.of(
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator));
    private static final Map<String, String> FRENCH = Map.of(
            "not_e164", "Le numéro doit être au format E.164.",
            "purchased_too_recently", "Ce numéro a été acheté trop récemment pour être libéré. Attendez {waitDays, plural,"
                    + " one {# jour} many {# jours} other {# jours}} après l''achat, ou {trialWaitDays, plural, one {# jour}"
                    + " many {# jours} other {# jours}} si votre compte est en mode d''essai.");

    @TempDir
    static Path work;
    static Path resources;
    static Path classes;
    static Path jar;

    record Result(int exit, String out, String err) {
    }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Cli(new PrintWriter(out), new PrintWriter(err)).run(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** The catalog's own log, silenced as the CLI's main silences it; the CLI prints the warnings, and the tests assert them. */
    private static final Logger CATALOG_LOG = Logger.getLogger("dev.errorcatalog");
    private static Level level;

    @BeforeAll
    static void silenceTheCatalogLog() {
        level = CATALOG_LOG.getLevel();
        CATALOG_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restoreTheCatalogLog() {
        CATALOG_LOG.setLevel(level);
    }

    @BeforeAll
    static void makeTheModuleAsTheReadmeSays() throws Exception {
        List<Readme.Block> blocks = Readme.read(ReadmeSnippetsTest.ROOT.resolve("README.md")).blocks("java").stream()
                .filter(b -> b.section().equals("By hand, in your own repository")).toList();
        assertEquals(2, blocks.size(), "the provider and the module-info");
        Path sources = work.resolve("messages-fr/src/main/java");
        resources = work.resolve("messages-fr/src/main/resources");
        String provider = null;
        List<Path> files = new ArrayList<>();
        for (Readme.Block block : blocks) {
            Matcher provides = PROVIDES.matcher(block.text());
            String name;
            if (provides.find()) {
                provider = provides.group(1);
                name = "module-info";
            } else {
                Matcher pkg = Pattern.compile("package ([\\w.]+);").matcher(block.text());
                Matcher type = Pattern.compile("class (\\w+)").matcher(block.text());
                assertTrue(pkg.find() && type.find(), block.where());
                name = pkg.group(1).replace('.', '/') + "/" + type.group(1);
            }
            Path file = sources.resolve(name + ".java");
            Files.createDirectories(file.getParent());
            files.add(Files.writeString(file, block.text(), StandardCharsets.UTF_8));
        }
        assertTrue(provider != null, "the module-info block provides the MessageProvider");

        // Step 1: the English bundle copied, a few messages translated. Step 3: the service registration.
        Path bundle = resources.resolve(provider.substring(0, provider.lastIndexOf('.')).replace('.', '/') + "/messages_fr.properties");
        Files.createDirectories(bundle.getParent());
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(ENGLISH, StandardCharsets.UTF_8)) {
            String key = line.contains("=") ? line.substring(0, line.indexOf('=')) : "";
            lines.add(FRENCH.containsKey(key) ? key + "=" + FRENCH.get(key) : line);
        }
        Files.write(bundle, lines, StandardCharsets.UTF_8);
        Path services = resources.resolve("META-INF/services/dev.errorcatalog.spi.MessageProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, provider + "\n", StandardCharsets.UTF_8);

        // mvn package, in short: compile on the module path, copy the resources, jar both.
        classes = work.resolve("messages-fr/target/classes");
        String modulePath = String.join(File.pathSeparator, CLASS_PATH.stream().filter(e -> e.contains("catalog-core")).toList());
        List<String> javac = new ArrayList<>(List.of("--release", "17", "-Werror", "-d", classes.toString(), "--module-path", modulePath));
        files.forEach(f -> javac.add(f.toString()));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, javac.toArray(String[]::new));
        assertEquals(0, compiled, diagnostics.toString(StandardCharsets.UTF_8));
        copyTree(resources, classes);
        jar = work.resolve("messages-fr/target/messages-fr-1.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> all = Files.walk(classes)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    @Test
    void stepFivePreviewsTheJarAndTheClassesDirectory() {
        assertEquals(new Result(0, "Le numéro doit être au format E.164.\n", ""),
                cli("resolve", "not_e164", "--locale", "fr", "--bundles", jar.toString(), "--strict"));
        Result plural = cli("resolve", "purchased_too_recently", "--locale", "fr-CA", "--arg", "waitDays=1", "--arg",
                "trialWaitDays=30", "--bundles", classes.toString());
        assertEquals(new Result(0, "Ce numéro a été acheté trop récemment pour être libéré. Attendez 1 jour après l'achat,"
                + " ou 30 jours si votre compte est en mode d'essai.\n", ""), plural);
        Result list = cli("list", "--locale", "fr", "--bundles", classes.getParent().toString());   // target/: a directory of jars
        assertEquals(0, list.exit());
        assertEquals("", list.err());
        assertTrue(list.out().contains("\nnot_e164: Le numéro doit être au format E.164.\n"), list.out());
    }

    @Test
    void aPreviewedModuleForAShippedLocaleComesFirst() throws Exception {
        Path module = work.resolve("german-override");
        Path source = module.resolve("src/com/example/override/GermanOverride.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package com.example.override;

                public final class GermanOverride extends dev.errorcatalog.spi.PropertiesMessageProvider {
                    public GermanOverride() {
                        super(java.util.Locale.GERMAN, dev.errorcatalog.ErrorCatalog.CATALOG_VERSION);
                    }

                    @Override
                    protected java.io.InputStream openBundle() {
                        return GermanOverride.class.getResourceAsStream("messages_de.properties");
                    }
                }
                """, StandardCharsets.UTF_8);
        Path classes = module.resolve("classes");
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, "--release", "17", "-d",
                classes.toString(), "-cp", String.join(File.pathSeparator, CLASS_PATH), source.toString()),
                diagnostics.toString(StandardCharsets.UTF_8));
        Files.writeString(classes.resolve("com/example/override/messages_de.properties"), "not_e164=Neu: E.164, bitte.\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(classes.resolve("META-INF/services/dev.errorcatalog.spi.MessageProvider"),
                "com.example.override.GermanOverride\n", StandardCharsets.UTF_8);
        Result result = cli("resolve", "not_e164", "--locale", "de", "--bundles", classes.toString());
        assertEquals(0, result.exit());
        assertEquals("Neu: E.164, bitte.\n", result.out());
        assertTrue(result.err().contains("errorcatalog: warning: Two message providers for locale de:"
                + " com.example.override.GermanOverride is used, dev.errorcatalog.messages.de.GermanMessages is ignored"), result.err());
    }

    @Test
    void withoutBundlesTheSameCommandSaysFrenchIsNotInstalled() {
        Result result = cli("resolve", "not_e164", "--locale", "fr");
        assertEquals("The number must be in E.164 format.\n", result.out());
        assertTrue(result.err().startsWith("errorcatalog: fallback unsupported_locale: no locale module for fr"), result.err());
    }

    @Test
    void stepFourChecksTheModuleInProgressAndABaselineAcceptsIt() throws Exception {
        Path baseline = work.resolve("baseline.json");
        Result first = cli("check", resources.toString(), "--format", "json", "--output", baseline.toString());
        assertEquals(1, first.exit(), "an English copy is untranslated: " + first.err());
        assertTrue(Files.readString(baseline).contains("\"id\" : \"untranslated\""));
        Result accepted = cli("check", resources.toString(), "--baseline", baseline.toString());
        assertEquals(0, accepted.exit(), accepted.out() + accepted.err());
    }
}
