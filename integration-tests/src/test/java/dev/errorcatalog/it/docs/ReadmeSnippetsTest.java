package dev.errorcatalog.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCatalog;
import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every code block of README.md is true of this build: its Java compiles against the built jars as it stands
 * (or is a verbatim excerpt of a source file that compiles), and every version it shows is the one the POMs
 * declare. The CLI command lines are checked by {@link ReadmeCommandLinesTest}.
 */
@Tag("docs")
class ReadmeSnippetsTest {

    static final Path ROOT = Path.of("..");
    private static final List<String> CLASS_PATH = List.of(
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator));
    private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    private static final Pattern COORDINATES = Pattern.compile(
            "(?:<groupId>([^<]+)</groupId>\\s*)?<artifactId>([^<]+)</artifactId>\\s*<version>([^<]*)</version>");
    private static final Pattern VERSION_ELEMENT = Pattern.compile("<version>([^<]*)</version>");
    private static final Pattern GAV = Pattern.compile("\\b" + Pattern.quote(ProjectVersions.GROUP) + ":([\\w.-]+):(\\d[\\w.-]*?)(?::|\\s|$)");
    private static final Pattern JAR = Pattern.compile("(?<![\\w.-])([a-z][\\w-]*?)-(\\d[\\w.-]*?)\\.jar\\b");
    private static final Pattern VERSION_WORD = Pattern.compile("(?<!catalog )(?<![\\w-])version (\\d[\\w.-]*\\w)|\\berrorcatalog (\\d[\\w.-]*\\w)");
    /** The current catalog version as the tool prints it: {@code --version}'s "(catalog version 2)", a note's "code of catalog version 2". */
    private static final Pattern CATALOG_VERSION = Pattern.compile("\\(catalog version (\\d+)\\)|code of catalog version (\\d+)");
    private static final Pattern REPOSITORY_PATH = Pattern.compile("([\\w.]+(?:/[\\w.-]+)*)/([\\w.-]+)/(\\d[\\w.-]*)/\\2-\\3\\.jar");

    static Readme readme;
    static ProjectVersions versions;

    @BeforeAll
    static void read() throws Exception {
        readme = Readme.read(ROOT.resolve("README.md"));
        versions = ProjectVersions.read(ROOT);
    }

    @Test
    void everySnippetIsAVerbatimExcerptOfItsFile() throws Exception {
        List<String> problems = new ArrayList<>();
        int snippets = 0;
        for (Readme.Block block : readme.blocks()) {
            if (block.snippetOf() == null) {
                continue;
            }
            snippets++;
            Path source = ROOT.resolve(block.snippetOf());
            if (!Files.isRegularFile(source)) {
                problems.add(block.where() + ": no such file");
            } else if (!Readme.isExcerpt(block.text(), Files.readString(source, StandardCharsets.UTF_8))) {
                problems.add(block.where() + ": differs from the file; copy it again");
            }
        }
        assertEquals(List.of(), problems, "README snippets that are not what their files say");
        assertTrue(snippets >= 3, "README.md quotes the quickstart's pom.xml, module-info and class");
    }

    @Test
    void everyJavaBlockCompilesAsItStandsOrIsAnExcerptOfACompiledFile(@TempDir Path work) throws Exception {
        List<Readme.Block> java = readme.blocks("java");
        assertFalse(java.isEmpty(), "README.md has Java blocks");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < java.size(); i++) {
            Readme.Block block = java.get(i);
            Path dir = Files.createDirectories(work.resolve("block" + i));
            if (block.snippetOf() != null) {
                Path source = ROOT.resolve(block.snippetOf());
                // That it is the file's text is everySnippetIsAVerbatimExcerptOfItsFile's job; a reactor module's
                // sources are compiled by its own build, with its own dependencies.
                if (Files.isRegularFile(source) && !versions.compiledByTheBuild(ROOT, source)) {
                    compileSourceRootOf(source, dir, block, problems);
                }
            } else {
                compileAsItStands(block, java, dir, problems);
            }
        }
        assertEquals(List.of(), problems, "README Java blocks that do not compile");
    }

    /**
     * A block that is a whole compilation unit. A module-info is compiled with the other such blocks of its
     * section (the classes it names), on the module path.
     */
    private static void compileAsItStands(Readme.Block block, List<Readme.Block> all, Path dir, List<String> problems)
            throws Exception {
        boolean module = isModuleInfo(block);
        List<Path> sources = new ArrayList<>();
        for (Readme.Block unit : module ? all : List.of(block)) {
            if (unit == block || (unit.snippetOf() == null && !isModuleInfo(unit) && unit.section().equals(block.section()))) {
                Path file = write(unit, dir);
                if (file == null) {
                    problems.add(unit.where() + ": neither a module-info nor a compilation unit with a top-level type;"
                            + " put it in a compiled file and mark it <!-- snippet: PATH -->");
                    return;
                }
                sources.add(file);
            }
        }
        compile(sources, module, dir.resolve("classes"), block, problems);
    }

    private static boolean isModuleInfo(Readme.Block block) {
        return block.text().strip().startsWith("module ");
    }

    private static Path write(Readme.Block block, Path dir) throws Exception {
        Matcher type = PUBLIC_TYPE.matcher(block.text());
        boolean module = isModuleInfo(block);
        if (!module && !type.find()) {
            return null;
        }
        Matcher pkg = PACKAGE.matcher(block.text());
        Path folder = pkg.find() ? dir.resolve("src").resolve(pkg.group(1).replace('.', '/')) : dir.resolve("src");
        Path file = Files.createDirectories(folder).resolve(module ? "module-info.java" : type.group(1) + ".java");
        Files.writeString(file, block.text(), StandardCharsets.UTF_8);
        return file;
    }

    private static void compileSourceRootOf(Path source, Path dir, Readme.Block block, List<String> problems) throws Exception {
        if (!source.toString().endsWith(".java")) {
            problems.add(block.where() + ": a java block must be a snippet of a .java file");
            return;
        }
        String path = source.toString().replace(File.separatorChar, '/');
        int at = path.indexOf("/src/main/java/");
        Path root = at < 0 ? source.getParent() : Path.of(path.substring(0, at + "/src/main/java".length()));
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        boolean module = sources.stream().anyMatch(f -> f.getFileName().toString().equals("module-info.java"));
        compile(sources, module, dir.resolve("classes"), block, problems);
    }

    private static void compile(List<Path> sources, boolean module, Path out, Readme.Block block, List<String> problems)
            throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            List<String> options = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
                    "-d", Files.createDirectories(out).toString()));
            // A modular block needs only the core (and ICU, which it requires); everything else stays off the module path.
            options.add(module ? "--module-path" : "--class-path");
            options.add(String.join(File.pathSeparator, module
                    ? CLASS_PATH.stream().filter(e -> e.contains("catalog-core") || e.contains("icu4j")).toList()
                    : CLASS_PATH));
            if (!javac.getTask(diagnostics, files, null, options, null, units).call()) {
                problems.add(block.where() + ": does not compile:\n" + diagnostics);
            }
        }
    }

    @Test
    void everyVersionInABlockIsTheOneThePomsDeclare() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Readme.Block block : readme.blocks()) {
            String text = block.text();
            int attributed = 0;
            Matcher coordinates = COORDINATES.matcher(text);
            while (coordinates.find()) {
                attributed++;
                String group = coordinates.group(1) != null ? coordinates.group(1)
                        : coordinates.group(2).startsWith("maven-") ? "org.apache.maven.plugins" : ProjectVersions.GROUP;
                checked += expect(block, group, coordinates.group(2), coordinates.group(3), problems);
            }
            Matcher anyVersion = VERSION_ELEMENT.matcher(text);
            int versionsInBlock = 0;
            while (anyVersion.find()) {
                versionsInBlock++;
            }
            if (versionsInBlock != attributed) {
                problems.add(block.where() + ": a <version> without <groupId>/<artifactId> right before it");
            }
            Matcher gav = GAV.matcher(text);
            while (gav.find()) {
                checked += expect(block, ProjectVersions.GROUP, gav.group(1), gav.group(2), problems);
            }
            Matcher jar = JAR.matcher(text);
            while (jar.find()) {
                if (versions.ownArtifacts().contains(jar.group(1))) {
                    checked += expect(block, ProjectVersions.GROUP, jar.group(1), jar.group(2), problems);
                }
            }
            Matcher versionWord = VERSION_WORD.matcher(text);
            while (versionWord.find()) {
                String shown = versionWord.group(1) != null ? versionWord.group(1) : versionWord.group(2);
                checked += expect(block, ProjectVersions.GROUP, "errorcatalog-parent", shown, problems);
            }
            Matcher repositoryPath = REPOSITORY_PATH.matcher(text);
            while (repositoryPath.find()) {
                String path = repositoryPath.group(1);
                String group = path.substring(path.indexOf("repository/") < 0 ? 0 : path.indexOf("repository/") + 11)
                        .replace('/', '.');
                checked += expect(block, group, repositoryPath.group(2), repositoryPath.group(3), problems);
            }
        }
        assertEquals(List.of(), problems, "README blocks with a version other than the POMs' (" + versions.version() + ")");
        assertTrue(checked >= 3, "the README's coordinates were found and checked (" + checked + ")");
    }

    @Test
    void theCatalogVersionInTheToolsOutputIsTheCatalogs() throws Exception {
        List<String> shownAsCode = new ArrayList<>();
        readme.blocks().forEach(block -> shownAsCode.add(block.where() + ": " + block.text()));
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher span = Pattern.compile("`([^`]+)`").matcher(lines.get(i));
            while (span.find()) {
                shownAsCode.add("README.md:" + (i + 1) + ": " + span.group(1));
            }
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String code : shownAsCode) {
            Matcher named = CATALOG_VERSION.matcher(code);
            while (named.find()) {
                checked++;
                String shown = named.group(1) != null ? named.group(1) : named.group(2);
                if (!shown.equals(ErrorCatalog.CATALOG_VERSION)) {
                    problems.add(code.substring(0, code.indexOf(": ")) + ": catalog version " + shown + ", the catalog is "
                            + ErrorCatalog.CATALOG_VERSION);
                }
            }
        }
        assertEquals(List.of(), problems, "README code showing the tool's output with another catalog version");
        assertTrue(checked >= 2, "the --version output and the fallback note were found (" + checked + ")");
    }

    private static int expect(Readme.Block block, String group, String artifact, String shown, List<String> problems) {
        String expected = versions.expected(group, artifact);
        if (expected == null) {
            problems.add(block.where() + ": " + group + ":" + artifact + ":" + shown + " is not a version the POMs declare");
        } else if (!expected.equals(shown)) {
            problems.add(block.where() + ": " + group + ":" + artifact + " shows version " + shown + ", the POMs say " + expected);
        }
        return 1;
    }
}
