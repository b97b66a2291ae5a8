package dev.errorcatalog.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code target/errorcatalog.jar} as scripts run it: self-contained, UTF-8 output whatever the
 * platform charset, exit codes as documented. Run by failsafe after {@code package}.
 */
class ExecutableJarTest {

    private static final Path JAR = Path.of("target", "errorcatalog.jar");

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        return run(List.of("-jar", JAR.toString()), args);
    }

    private static Run run(List<String> launch, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=ISO-8859-1", "-Dsun.stdout.encoding=ISO-8859-1"));
        command.addAll(launch);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void jarResolvesInEveryLocaleWithUtf8Output() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "mvn package builds " + JAR.toAbsolutePath());
        assertEquals(new Run(0, "Der Kanalname überschreitet die maximal zulässige Länge.\n", ""),
                run("resolve", "channel_name_size_limit_exceeded", "--locale", "de"));
        assertEquals(new Run(0, "La lista contiene una entrada no válida.\n", ""),
                run("resolve", "list_contains_invalid_entries", "--accept-language", "es-419"));
    }

    @Test
    void jarListsAndFailsUsageWithExitTwo() throws Exception {
        Run list = run("list", "--locale", "es");
        assertEquals(0, list.exit(), list.err());
        assertEquals(253, list.out().lines().count());
        assertEquals("", list.err());
        Run version = run("--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().matches("errorcatalog \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(catalog version \\d+\\)\n"), version.out());
        Run usage = run("resolve");
        assertEquals(new Run(2, "", "errorcatalog: resolve: expected exactly one CODE, got 0\n"), usage);
    }

    @Test
    void aLocaleModuleThatCannotBeLoadedIsSkippedWithAWarning(@TempDir Path broken) throws Exception {
        Path services = broken.resolve("META-INF/services/dev.errorcatalog.spi.MessageProvider");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "com.example.NoSuchProvider\n");
        List<String> classPath = List.of("-cp", JAR + java.io.File.pathSeparator + broken, Main.class.getName());
        String warning = "A message provider could not be loaded and is skipped: java.util.ServiceConfigurationError: "
                + "dev.errorcatalog.spi.MessageProvider: Provider com.example.NoSuchProvider not found\n";
        assertEquals(new Run(0, "Die Telefonnummer muss im E.164-Format vorliegen.\n", "errorcatalog: warning: " + warning),
                run(classPath, "resolve", "not_e164", "--locale", "de"));
        Run check = run(classPath, "check");
        assertEquals(0, check.exit(), check.err());
        assertEquals("errorcatalog check: warning: " + warning, check.err());
        assertTrue(check.out().contains("No findings"), check.out());
    }
}
