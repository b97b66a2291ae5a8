package dev.errorcatalog.check;

import dev.errorcatalog.MessageKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates a complete locale module: pom, {@code module-info}, provider class, both registrations, a bundle and
 * the module's own bundle check. The module builds at once and fails its own check until it is translated (or
 * its findings baselined): the bundle holds every key with the English text, which the check reports as
 * {@code untranslated}. A regional locale ({@code es-MX}) whose parent's module exists gets an empty bundle that
 * inherits everything, and depends on the parent's module.
 *
 * <p>Inside the Error Catalog reactor the module is added where the README's "three edits" say: the root pom's
 * modules, the bom and the command line's dependencies. {@linkplain Options#standalone() Standalone}, it is a
 * project of its own for another repository, depending on the published catalog.
 *
 * @since 0.2
 */
public final class Scaffold {

    /** The locales with a module in the catalog itself: a standalone regional module can inherit from these. */
    private static final List<String> PUBLISHED = List.of("en", "es", "de");

    /**
     * What to create.
     *
     * @param locale the module's locale
     * @param dir the reactor's root directory, or (standalone) the directory to create the project in
     * @param standalone a project for another repository rather than a module of this reactor
     * @param groupId the Maven group; {@code null} for {@code dev.errorcatalog} (reactor) or {@code org.example}
     * @param javaPackage the provider's package, also the Java module's name; {@code null} for
     *     {@code <group>.messages.<tag>}
     * @param catalogVersion the version of the catalog the module depends on (standalone)
     */
    public record Options(Locale locale, Path dir, boolean standalone, String groupId, String javaPackage, String catalogVersion) {
        public Options {
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(dir, "dir");
            Objects.requireNonNull(catalogVersion, "catalogVersion");
            if (locale.getLanguage().isEmpty()) {
                throw new IllegalArgumentException("a locale module needs a language: '" + locale.toLanguageTag() + "'");
            }
        }
    }

    /**
     * What was done.
     *
     * @param module the module's directory
     * @param bundle its bundle file
     * @param created every file created
     * @param edited the files of the reactor that were changed
     * @param parent the locale whose module a regional module inherits from, or {@code null}
     */
    public record Result(Path module, Path bundle, List<Path> created, List<Path> edited, Locale parent) {
    }

    private Scaffold() {
    }

    /** Creates the module, its untranslated messages taken from the English module on the class path. */
    public static Result create(Options options) throws IOException {
        return create(options, Translations.catalogEnglish());
    }

    /**
     * Creates the module.
     *
     * @param english the catalog's English texts, written as the untranslated messages
     * @throws FileAlreadyExistsException if the module's directory exists
     * @throws IOException if {@code dir} is not this reactor (and not standalone), or a file cannot be written
     */
    public static Result create(Options options, Map<String, String> english) throws IOException {
        Locale locale = options.locale();
        String tag = locale.toLanguageTag();
        String artifact = "messages-" + tag.toLowerCase(Locale.ROOT);
        String group = options.groupId() != null ? options.groupId() : options.standalone() ? "org.example" : "dev.errorcatalog";
        String pkg = options.javaPackage() != null ? options.javaPackage()
                : (options.standalone() || options.groupId() != null ? group : "dev.errorcatalog") + ".messages."
                        + tag.toLowerCase(Locale.ROOT).replace('-', '_');
        if (!pkg.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+")) {
            throw new IllegalArgumentException("'" + pkg + "' is not a Java package of lower-case names, e.g. com.example.messages.fr");
        }
        if (!group.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("'" + group + "' is not a Maven group id, e.g. com.example");
        }
        Path root = options.dir();
        Path rootPom = root.resolve("pom.xml");
        if (!options.standalone() && !(Files.isRegularFile(rootPom)
                && Files.readString(rootPom).contains("<artifactId>errorcatalog-parent</artifactId>"))) {
            throw new IOException(root.toAbsolutePath() + " is not the Error Catalog reactor (no pom.xml of errorcatalog-parent):"
                    + " run in its root directory, give it with --dir, or create a project of your own with --standalone");
        }
        Path module = root.resolve(artifact);
        if (Files.exists(module)) {
            throw new FileAlreadyExistsException(module.toString(), null, "the module exists already");
        }
        Locale parent = parentWithModule(locale, options.standalone(), root);
        String className = className(locale);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("@GROUP@", group);
        values.put("@ARTIFACT@", artifact);
        values.put("@PACKAGE@", pkg);
        values.put("@CLASS@", className);
        values.put("@TAG@", tag);
        values.put("@NAME@", locale.getDisplayName(Locale.ENGLISH));
        values.put("@VERSION@", options.standalone() ? options.catalogVersion() : reactorVersion(rootPom));
        values.put("@BUNDLE@", "messages_" + locale.toString() + ".properties");
        values.put("@PARENT_DEPENDENCY@", parent == null ? "" : ScaffoldTemplates.parentDependency(options.standalone())
                .replace("@PARENT_ARTIFACT@", "messages-" + parent.toLanguageTag().toLowerCase(Locale.ROOT)));

        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", options.standalone() ? ScaffoldTemplates.STANDALONE_POM : ScaffoldTemplates.REACTOR_POM);
        files.put("src/main/java/module-info.java", ScaffoldTemplates.MODULE_INFO);
        String pkgPath = pkg.replace('.', '/');
        files.put("src/main/java/" + pkgPath + "/" + className + ".java", ScaffoldTemplates.PROVIDER);
        files.put("src/main/resources/META-INF/services/dev.errorcatalog.spi.MessageProvider", "@PACKAGE@.@CLASS@\n");
        files.put("src/test/java/" + pkgPath + "/BundleCheckTest.java", ScaffoldTemplates.CHECK_TEST);
        if (options.standalone()) {
            files.put(".gitignore", "target/\n");
        }
        Path bundle = module.resolve("src/main/resources/" + pkgPath + "/" + values.get("@BUNDLE@"));

        List<Path> created = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            created.add(write(module.resolve(file.getKey()), fill(file.getValue(), values)));
        }
        created.add(write(bundle, bundle(locale, parent, english)));
        List<Path> edited = new ArrayList<>();
        if (!options.standalone()) {
            edited.add(insertAfterLast(rootPom, "(?m)^([ \\t]*)<module>messages-[^<]*</module>[ \\t]*$",
                    indent -> indent + "<module>" + artifact + "</module>"));
            edited.add(insertAfterLast(root.resolve("bom/pom.xml"), MESSAGES_DEPENDENCY, indent -> dependency(indent, artifact, null)));
            edited.add(insertAfterLast(root.resolve("tooling/pom.xml"), MESSAGES_DEPENDENCY, indent -> dependency(indent, artifact, "runtime")));
        }
        return new Result(module, bundle, List.copyOf(created), List.copyOf(edited), parent);
    }

    private static String reactorVersion(Path rootPom) throws IOException {
        Matcher m = Pattern.compile("<artifactId>errorcatalog-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(rootPom, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IOException(rootPom + ": no <version> after <artifactId>errorcatalog-parent</artifactId>");
        }
        return m.group(1).trim();
    }

    /** A {@code <dependency>} block of a {@code messages-*} artifact, up to its closing tag. */
    private static final String MESSAGES_DEPENDENCY =
            "(?m)^([ \\t]*)<dependency>\\s*<groupId>dev\\.errorcatalog</groupId>\\s*<artifactId>messages-[^<]*</artifactId>(?:(?!</dependency>).)*</dependency>[ \\t]*$";

    private static String dependency(String indent, String artifact, String scope) {
        String inner = indent + "  ";
        return indent + "<dependency>\n" + inner + "<groupId>dev.errorcatalog</groupId>\n" + inner + "<artifactId>" + artifact
                + "</artifactId>\n" + inner + "<version>${project.version}</version>\n"
                + (scope == null ? "" : inner + "<scope>" + scope + "</scope>\n") + indent + "</dependency>";
    }

    /** Inserts a line after the last match of {@code regex} (group 1 its indentation), keeping the file's line ends. */
    private static Path insertAfterLast(Path file, String regex, java.util.function.Function<String, String> text) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(content);
        int end = -1;
        String indent = "";
        while (m.find()) {
            end = m.end();
            indent = m.group(1);
        }
        if (end < 0) {
            throw new IOException(file + ": found no messages-* entry to add the new module after; add it by hand");
        }
        String lineEnd = content.contains("\r\n") ? "\r\n" : "\n";
        String inserted = lineEnd + text.apply(indent).replace("\n", lineEnd);
        Files.writeString(file, content.substring(0, end) + inserted + content.substring(end), StandardCharsets.UTF_8);
        return file;
    }

    /** The parent locale (es for es-MX) if its module exists here, or is published (standalone); else null. */
    private static Locale parentWithModule(Locale locale, boolean standalone, Path root) {
        for (Locale l = RegionalCoverage.parent(locale); l != null; l = RegionalCoverage.parent(l)) {
            String artifact = "messages-" + l.toLanguageTag().toLowerCase(Locale.ROOT);
            if (standalone ? PUBLISHED.contains(l.toLanguageTag()) : Files.isDirectory(root.resolve(artifact))) {
                return l;
            }
        }
        return null;
    }

    private static String bundle(Locale locale, Locale parent, Map<String, String> english) {
        String tag = locale.toLanguageTag();
        StringBuilder text = new StringBuilder();
        text.append("# Error Catalog - ").append(locale.getDisplayName(Locale.ENGLISH)).append(" (").append(tag).append(") messages.\n");
        text.append("# ICU MessageFormat patterns, apostrophe mode DOUBLE_OPTIONAL; UTF-8 (write characters, not \\u escapes).\n");
        if (parent != null) {
            text.append("# A regional module: every key it lacks is served from ").append(parent.toLanguageTag())
                    .append(". Add only the messages that differ, e.g.\n# not_e164=…\n");
            return text.toString();
        }
        text.append("# Every message below is still the English text: the module's check (BundleCheckTest) fails on each\n");
        text.append("# as untranslated until it is translated, or accepted in a baseline while the translation is in progress.\n");
        text.append("# Keep the {arguments}, plural keywords and #; give each plural the categories your language needs\n");
        text.append("# (the check names the ones missing, e.g. many for French).\n\n");
        for (MessageKey key : MessageKey.all()) {
            String source = english.get(key.key());
            if (source != null) {
                // exactly the English text, so that the check reports every key as untranslated until it is
                text.append(BundleEditor.line(key.key(), source)).append('\n');
            }
        }
        return text.toString();
    }

    /** {@code FrenchMessages}, {@code SpanishMexicoMessages}, {@code ChineseTraditionalTaiwanMessages}. */
    static String className(Locale locale) {
        String name = locale.getDisplayLanguage(Locale.ENGLISH) + " " + locale.getDisplayScript(Locale.ENGLISH) + " "
                + locale.getDisplayCountry(Locale.ENGLISH);
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
            out.insert(0, "Locale");
        }
        return out + "Messages";
    }

    private static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace(v.getKey(), v.getValue());
        }
        return text;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
