package dev.errorcatalog.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/errorcatalog} that {@code mvn package} puts beside the jar: a POSIX shell script
 * that runs the jar from any directory, through symbolic links and with spaces in paths. Run by failsafe.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("target", "errorcatalog").toAbsolutePath();
    private static final String GERMAN = "Die Telefonnummer muss im E.164-Format vorliegen.\n";

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void posixOnly() {
        assumeTrue(File.separatorChar == '/', "the launcher is a POSIX shell script");
    }

    private static Run run(Path directory, Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void packageBuildsAnExecutableLauncherBesideTheJar() {
        assertTrue(Files.isRegularFile(LAUNCHER), "mvn package builds " + LAUNCHER);
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is executable");
        assertTrue(Files.isRegularFile(LAUNCHER.resolveSibling("errorcatalog.jar")));
    }

    @Test
    void runsTheJarFromAnyDirectory(@TempDir Path temp) throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("some where"));
        assertEquals(new Run(0, GERMAN, ""), run(elsewhere, Map.of(), LAUNCHER.toString(), "resolve", "not_e164", "--locale", "de"));
    }

    @Test
    void runsThroughSymbolicLinksWithSpacesInEveryPath(@TempDir Path temp) throws Exception {
        Path install = Files.createDirectories(temp.resolve("my tools/error catalog"));
        Files.copy(LAUNCHER, install.resolve("errorcatalog"));
        Files.copy(LAUNCHER.resolveSibling("errorcatalog.jar"), install.resolve("errorcatalog.jar"));
        Path bin = Files.createDirectories(temp.resolve("my bin"));
        Files.createSymbolicLink(bin.resolve("ec"), Path.of("../my tools/error catalog/errorcatalog"));   // relative link
        Files.createSymbolicLink(temp.resolve("ec link"), bin.resolve("ec"));                         // a link to the link
        assertEquals(new Run(0, GERMAN, ""), run(bin, Map.of(), "./ec", "resolve", "not_e164", "--locale", "de"));
        assertEquals(new Run(0, GERMAN, ""), run(install, Map.of(), temp.resolve("ec link").toString(),
                "resolve", "not_e164", "--locale", "de"));
    }

    @Test
    void saysWhatIsMissingInsteadOfFailingObscurely(@TempDir Path temp) throws Exception {
        Path alone = Files.copy(LAUNCHER, temp.resolve("errorcatalog"));
        Run noJar = run(temp, Map.of(), alone.toString(), "list");
        assertEquals(2, noJar.exit());
        assertEquals("errorcatalog: " + temp.toRealPath().resolve("errorcatalog.jar")
                + " is missing; build it with 'mvn package' in the repository\n", noJar.err());

        Run noJava = run(temp, Map.of("JAVA_HOME", temp.resolve("no java").toString()), LAUNCHER.toString(), "list");
        assertEquals(new Run(2, "", "errorcatalog: JAVA_HOME is " + temp.resolve("no java")
                + ", which has no bin/java; point it at a Java 17 or later\n"), noJava);
    }

    @Test
    void passesJvmOptionsFromTheEnvironment(@TempDir Path temp) throws Exception {
        Run run = run(temp, Map.of("ERRORCATALOG_OPTS", "-Xmx64m -Dfile.encoding=ISO-8859-1"),
                LAUNCHER.toString(), "resolve", "not_e164", "--locale", "de");
        assertEquals(new Run(0, GERMAN, ""), run);
        List<String> badOption = List.of(LAUNCHER.toString(), "list");
        Run rejected = run(temp, Map.of("ERRORCATALOG_OPTS", "-Xnonsense"), badOption.toArray(String[]::new));
        assertTrue(rejected.exit() != 0 && rejected.err().contains("-Xnonsense"), rejected.toString());
    }
}
