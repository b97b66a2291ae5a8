package dev.errorcatalog.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What README.md's "Use it in your project" promises: {@code examples/quickstart} (whose POM, module-info and
 * class the README quotes) builds with Maven against this build's artifacts installed in a local repository,
 * as a plain class-path project and as a module, and runs both ways with the locale modules found by
 * {@code ServiceLoader}.
 *
 * <p>The artifacts are installed the way {@code mvn install} lays them out, into a fresh local repository;
 * everything else (ICU, Maven's plugins) comes from the running build's local repository through a
 * {@code file:} mirror, so nothing is downloaded and the running build's repository is not written to.
 */
@Tag("docs")
class QuickstartProjectTest {

    private static final Path ROOT = Path.of("..");
    private static final Path QUICKSTART = ROOT.resolve("examples/quickstart");
    private static final String MAIN = "com.example.quickstart.ErrorMessages";
    private static final String MODULE = "com.example.quickstart";
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>");
    private static final String GERMAN = "de: Diese Telefonnummer wurde erst vor Kurzem gekauft und kann noch nicht"
            + " freigegeben werden. Bitte warten Sie nach dem Kauf 14 Tage (bzw. 30 Tage";

    @TempDir
    static Path work;
    static ProjectVersions versions;
    static Path repository;
    static Path settings;

    record Run(String out, String err, int exit) {
    }

    @BeforeAll
    static void installThisBuild() throws Exception {
        versions = ProjectVersions.read(ROOT);
        repository = Files.createDirectories(work.resolve("repository"));
        for (String artifact : versions.modules().keySet()) {
            install(artifact);
        }
        String running = System.getProperty("errorcatalog.localRepository");
        assertTrue(running != null && Files.isDirectory(Path.of(running)), "the running build's local repository: " + running);
        settings = work.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror><id>running-build</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(Path.of(running).toUri()), StandardCharsets.UTF_8);
    }

    /** What {@code mvn install} leaves for a module: its POM and, unless it is a POM module, its jar. */
    private static void install(String artifact) throws IOException {
        Path module = versions.modules().get(artifact);
        String pom = Files.readString(module.resolve("pom.xml"), StandardCharsets.UTF_8);
        if (pom.contains("<maven.install.skip>true</maven.install.skip>")) {
            return;
        }
        Path target = Files.createDirectories(repository.resolve("dev/errorcatalog/" + artifact + "/" + versions.version()));
        String base = artifact + "-" + versions.version();
        Files.copy(module.resolve("pom.xml"), target.resolve(base + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        Path jar = module.resolve("target/" + base + ".jar");
        // Modules the reactor builds after this one have no jar yet; the quickstart needs none of them (its build says
        // which artifact it misses if it did).
        if (!pom.contains("<packaging>pom</packaging>") && Files.isRegularFile(jar)) {
            Files.copy(jar, target.resolve(base + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void asAModuleItBuildsAndRunsOnTheModulePath() throws Exception {
        Path project = copy("modular", true);
        Run build = maven(project);
        assertEquals(0, build.exit(), build.out() + build.err());
        Run run = run(project, "--module-path", modulePath(project), "--module", MODULE + "/" + MAIN);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith(GERMAN), run.out());
        assertEquals("", run.err());
    }

    @Test
    void withoutModuleInfoItBuildsAndRunsOnTheClassPath() throws Exception {
        Path project = copy("classpath", false);
        Run build = maven(project);
        assertEquals(0, build.exit(), build.out() + build.err());
        Run run = run(project, "-cp", modulePath(project), MAIN);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith(GERMAN), run.out());
        assertEquals("", run.err());
    }

    private static Path copy(String name, boolean withModuleInfo) throws IOException {
        Path project = work.resolve(name + " with space");
        try (Stream<Path> files = Files.walk(QUICKSTART)) {
            for (Path file : files.toList()) {
                Path relative = QUICKSTART.relativize(file);
                if (relative.startsWith("target") || (!withModuleInfo && file.endsWith("module-info.java"))) {
                    continue;
                }
                Path to = project.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return project;
    }

    private static Run maven(Path project) throws Exception {
        String mavenHome = System.getProperty("maven.home");
        assertTrue(mavenHome != null, "maven.home is set by the build");
        String mvn = Path.of(mavenHome, "bin", File.separatorChar == '\\' ? "mvn.cmd" : "mvn").toString();
        return exec(project, List.of(mvn, "-B", "-q", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository, "package"));
    }

    /** The built classes and the jars of the project's dependencies and theirs, as Maven resolved them into the repository. */
    private static String modulePath(Path project) throws IOException {
        List<String> entries = new ArrayList<>(List.of(project.resolve("target/classes").toString()));
        String pom = Files.readString(project.resolve("pom.xml"));
        Matcher dependency = DEPENDENCY.matcher(pom.substring(pom.indexOf("</dependencyManagement>")));
        while (dependency.find()) {
            entries.add(jar(dependency.group(1), dependency.group(2), versions.version()));
        }
        entries.add(jar("com.ibm.icu", "icu4j", versions.managed().get("com.ibm.icu:icu4j")));
        return String.join(File.pathSeparator, entries);
    }

    private static String jar(String group, String artifact, String version) {
        Path jar = repository.resolve(group.replace('.', '/') + "/" + artifact + "/" + version + "/" + artifact + "-" + version + ".jar");
        assertTrue(Files.isRegularFile(jar), jar + " was resolved by the project's build");
        return jar.toString();
    }

    private static Run run(Path project, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(arguments));
        return exec(project, command);
    }

    private static Run exec(Path directory, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(directory.resolve("out.txt").toFile()).redirectError(directory.resolve("err.txt").toFile()).start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "finished: " + command);
        return new Run(Files.readString(directory.resolve("out.txt")), Files.readString(directory.resolve("err.txt")),
                process.exitValue());
    }
}
