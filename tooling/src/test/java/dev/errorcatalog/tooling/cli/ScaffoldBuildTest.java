package dev.errorcatalog.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.check.Checker;
import dev.errorcatalog.check.ReportFormat;
import dev.errorcatalog.check.Severity;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code new-locale} as a contributor uses it, with Maven really building what it made, in a temporary directory:
 * a module of a copy of this reactor and a standalone project. Each builds with no edit and fails its own check
 * while untranslated; a baseline (or, for a regional locale, its parent) makes it pass.
 *
 * <p>The spawned builds run offline on the local repository of the running build ({@code maven.repo.local}),
 * into which this build's catalog artifacts are installed first (as {@code mvn install} would). Skipped, saying
 * why, only when no Maven is found.
 */
class ScaffoldBuildTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("errorcatalog.version", "0.1.0-SNAPSHOT");
    private static String maven;
    private static Path repository;

    @TempDir
    Path dir;

    @BeforeAll
    static void mavenAndTheCatalogInstalled() throws Exception {
        maven = findMaven();
        Assumptions.assumeTrue(maven != null, "Maven not found (no maven.home property, no mvn on the PATH): the scaffolded"
                + " projects cannot be built");
        String local = System.getProperty("maven.repo.local");
        repository = local != null ? Path.of(local) : Path.of(System.getProperty("user.home"), ".m2", "repository");
        install("errorcatalog-parent", ROOT.resolve("pom.xml"), null);
        install("errorcatalog-bom", ROOT.resolve("bom/pom.xml"), null);
        for (String module : List.of("catalog-core", "catalog-check", "messages-en", "messages-es")) {
            install(module, ROOT.resolve(module + "/pom.xml"), ROOT.resolve(module + "/target/" + module + "-" + VERSION + ".jar"));
        }
    }

    @Test
    void aModuleOfTheReactorBuildsAtOnceAndFailsItsCheckUntilBaselined() throws Exception {
        Path reactor = Files.createDirectories(dir.resolve("reactor"));
        for (String pom : List.of("pom.xml", "bom/pom.xml", "tooling/pom.xml")) {
            Files.createDirectories(reactor.resolve(pom).getParent());
            Files.copy(ROOT.resolve(pom), reactor.resolve(pom));
        }
        Files.createDirectories(reactor.resolve("messages-es")); // the reactor's Spanish module, for the regional one

        Result fr = cli("new-locale", "fr", "--dir", reactor.toString());
        assertEquals(0, fr.code(), fr.err());
        assertTrue(Files.readString(reactor.resolve("pom.xml")).contains("<module>messages-fr</module>"));
        assertTrue(Files.readString(reactor.resolve("bom/pom.xml")).contains("<artifactId>messages-fr</artifactId>"));
        assertTrue(Files.readString(reactor.resolve("tooling/pom.xml")).contains("<artifactId>messages-fr</artifactId>"));

        Build untranslated = build(reactor.resolve("messages-fr"));
        assertEquals(1, untranslated.code(), untranslated.output());
        assertTrue(untranslated.output().contains("error untranslated [account_limit_exceeded]"), untranslated.output());
        assertTrue(untranslated.output().contains("messages_fr.properties"), untranslated.output());

        baseline(reactor.resolve("messages-fr"));
        Build baselined = build(reactor.resolve("messages-fr"));
        assertEquals(0, baselined.code(), baselined.output());

        assertEquals(0, cli("new-locale", "es-MX", "--dir", reactor.toString()).code());
        Build regional = build(reactor.resolve("messages-es-mx"));
        assertEquals(0, regional.code(), "a regional module inherits every message of messages-es: " + regional.output());
    }

    @Test
    void aStandaloneProjectBuildsAgainstThePublishedCatalogAndFailsItsCheckUntilBaselined() throws Exception {
        Result fr = cli("new-locale", "fr", "--dir", dir.toString(), "--standalone", "--group", "com.example.l10n");
        assertEquals(0, fr.code(), fr.err());
        Path project = dir.resolve("messages-fr");
        String pom = Files.readString(project.resolve("pom.xml"));
        assertTrue(pom.contains("<errorcatalog.version>" + VERSION + "</errorcatalog.version>"), pom);
        assertTrue(pom.contains("<groupId>com.example.l10n</groupId>"), pom);
        assertTrue(Files.exists(project.resolve("src/main/java/com/example/l10n/messages/fr/FrenchMessages.java")));

        Build untranslated = build(project);
        assertEquals(1, untranslated.code(), untranslated.output());
        assertTrue(untranslated.output().contains("error untranslated [account_limit_exceeded]"), untranslated.output());

        baseline(project);
        Build baselined = build(project);
        assertEquals(0, baselined.code(), baselined.output());
        assertTrue(Files.isRegularFile(project.resolve("target/messages-fr-1.0.0-SNAPSHOT.jar")));
    }

    /** What a contributor does while translating: accept today's findings, so only new ones fail. */
    private static void baseline(Path module) throws IOException {
        try (Writer out = Files.newBufferedWriter(module.resolve("baseline.json"), StandardCharsets.UTF_8)) {
            ReportFormat.JSON.write(Checker.builder().build().check(List.of(module.resolve("src/main/resources"))), Severity.ERROR, out);
        }
    }

    private record Build(int code, String output) {
    }

    private static Build build(Path project) throws Exception {
        List<String> command = new ArrayList<>(List.of(maven, "-B", "-o", "-q", "-Dmaven.repo.local=" + repository, "verify"));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "Maven did not finish in 5 minutes");
        return new Build(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = new Cli(new java.io.PrintWriter(out), new java.io.PrintWriter(err)).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Copies a pom (and jar) into the local repository's layout, as {@code mvn install} does. */
    private static void install(String artifact, Path pom, Path jar) throws IOException {
        Path target = repository.resolve("dev/errorcatalog/" + artifact + "/" + VERSION);
        Files.createDirectories(target);
        Files.copy(pom, target.resolve(artifact + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            assertTrue(Files.isRegularFile(jar), jar + " is built before this test (package phase)");
            Files.copy(jar, target.resolve(artifact + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String findMaven() {
        String home = System.getProperty("maven.home");
        String name = System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn";
        if (home != null && Files.isExecutable(Path.of(home, "bin", name))) {
            return Path.of(home, "bin", name).toString();
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, name))) {
                return Path.of(entry, name).toString();
            }
        }
        return null;
    }
}
