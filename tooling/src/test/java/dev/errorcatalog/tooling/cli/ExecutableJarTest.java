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

/**
 * The shaded {@code target/errorcatalog.jar} as scripts run it: self-contained, UTF-8 output whatever the
 * platform charset, exit codes as documented. Run by failsafe after {@code package}.
 */
class ExecutableJarTest {

    private static final Path JAR = Path.of("target", "errorcatalog.jar");

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=ISO-8859-1", "-Dsun.stdout.encoding=ISO-8859-1", "-jar", JAR.toString()));
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
        Run usage = run("resolve");
        assertEquals(new Run(2, "", "errorcatalog: resolve: expected exactly one CODE, got 0\n"), usage);
    }
}
