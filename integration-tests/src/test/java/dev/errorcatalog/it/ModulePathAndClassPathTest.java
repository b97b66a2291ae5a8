package dev.errorcatalog.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCatalog;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link Probe} in fresh JVMs: on the class path (discovery through META-INF/services), on the
 * module path (discovery through module-info's provides), and with other JVM default locales.
 */
class ModulePathAndClassPathTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final List<String> CLASS_PATH = Arrays.asList(
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator));

    record Run(String out, String err, int exit) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(out, err, process.exitValue());
    }

    private static Run onClassPath(List<String> extraEntries, String... jvmOptions) throws Exception {
        List<String> entries = new ArrayList<>(CLASS_PATH);
        entries.addAll(extraEntries);
        List<String> command = new ArrayList<>(List.of(JAVA, "-Dfile.encoding=UTF-8"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, entries), Probe.class.getName()));
        return run(command);
    }

    private static Run onModulePath(String... jvmOptions) throws Exception {
        String modulePath = CLASS_PATH.stream()
                .filter(e -> e.contains("catalog-core") || e.contains("messages-") || e.contains("icu4j")
                        || e.replace('\\', '/').endsWith("integration-tests/target/classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(JAVA, "-Dfile.encoding=UTF-8"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("--module-path", modulePath, "--module", "dev.errorcatalog.it/" + Probe.class.getName()));
        return run(command);
    }

    @Test
    void modulePathAndClassPathFindTheSameLocaleModulesAndResolveAlike() throws Exception {
        Run classPath = onClassPath(List.of());
        Run modulePath = onModulePath();
        assertEquals(0, classPath.exit(), classPath.err());
        assertEquals(0, modulePath.exit(), modulePath.err());
        // the locale modules of the reactor, wherever they are listed (tooling's dependencies), not named here
        assertTrue(classPath.out().startsWith("locales|" + ErrorCatalog.create().locales() + "\n"), classPath.out());
        assertTrue(classPath.out().startsWith("locales|[de, en, es"), classPath.out());
        assertTrue(classPath.out().contains("negotiate|de-CH|de\n"), classPath.out());
        assertTrue(classPath.out().contains("negotiate|es-MX|es\n"), classPath.out());
        assertTrue(classPath.out().contains("negotiate|pt-BR|en\n"), classPath.out());
        assertTrue(classPath.out().contains("negotiate|de;q=0, es;q=0.5|es\n"), classPath.out());
        assertTrue(classPath.out().contains("negotiate|garbage;q=x, es|es\n"), classPath.out());
        assertTrue(classPath.out().contains("resolve|pt-BR|invalid_number_format|en|NONE|The phone number is not in"
                + " the correct format. Please use E.164 format, i.e., +15558675309.\n"), classPath.out());
        assertEquals(classPath.out(), modulePath.out());
    }

    @Test
    void jvmDefaultLocalePlaysNoPart() throws Exception {
        Run reference = onClassPath(List.of());
        for (String[] options : List.of(new String[] {"-Duser.language=tr", "-Duser.country=TR"},
                new String[] {"-Duser.language=fr", "-Duser.country=FR"}, new String[] {"-Duser.language=de", "-Duser.country=DE"})) {
            Run run = onClassPath(List.of(), options);
            assertEquals(reference.out(), run.out(), String.join(" ", options));
            Run modular = onModulePath(options);
            assertEquals(reference.out(), modular.out(), String.join(" ", options) + " on the module path");
        }
        assertTrue(reference.out().contains("resolve|tr-TR|invalid_sip_destination|en|NONE|"), reference.out());
    }

    @Test
    void secondProviderForALocaleIsReportedAndTheFirstOnTheClassPathWins() throws Exception {
        Path duplicate = Path.of("src", "test", "duplicate").toAbsolutePath();
        Run run = onClassPath(List.of(duplicate.toString()));
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("SHADOW"), run.out());
        assertTrue(run.out().contains("warnings|1\n"), run.out());
        long warnings = run.err().lines().filter(l -> l.contains("Two message providers for locale de")).count();
        assertEquals(1, warnings, run.err());
        assertTrue(run.err().contains("dev.errorcatalog.messages.de.GermanMessages is used, "
                + "dev.errorcatalog.it.shadow.ShadowGermanMessages is ignored"), run.err());
    }
}
