package dev.errorcatalog.check;

import dev.errorcatalog.LanguageTags;
import dev.errorcatalog.spi.MessageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the bundle files of a directory, a jar or a single file: every {@code <BaseName>_<tag>.properties}.
 * Where the directory or jar registers {@link MessageProvider}s in {@code META-INF/services}, only the
 * providers' packages are searched.
 */
final class Bundles {

    private static final String SERVICES = "META-INF/services/" + MessageProvider.class.getName();
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final String SKIPPED = "A message provider could not be loaded and is skipped: ";
    /** Failing providers after which discovery stops: a broken iterator may fail forever. */
    private static final int MAX_PROVIDER_ERRORS = 64;

    /**
     * One bundle file.
     *
     * @param file the file as shown in findings
     * @param group the directory (or jar package) and base name: bundles of one group share a source
     * @param allowlist keys whose message may equal the source, from {@code <name>.untranslated.txt} beside the file
     * @param lock what each translation was made from, from {@code <name>.lock} beside the file
     */
    record Bundle(String file, String group, String baseName, Locale locale, byte[] bytes, Set<String> allowlist,
            TranslationLock lock) {
    }

    private Bundles() {
    }

    /** The bundles of a directory, a jar, or one {@code .properties} file. */
    static List<Bundle> read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return directory(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file or directory");
        }
        String name = path.getFileName().toString();
        if (name.endsWith(".properties")) {
            Locale locale = locale(name);
            if (locale == null) {
                throw new IOException(path + ": not named <BaseName>_<tag>.properties, so its locale is unknown");
            }
            Path parent = path.toAbsolutePath().getParent();
            return List.of(bundle(path.toString(), parent + "/" + baseName(name), name, locale, Files.readAllBytes(path),
                    allowlist(parent.resolve(allowlistName(name))), lock(parent.resolve(TranslationLock.fileName(name)))));
        }
        if (name.endsWith(".jar") || name.endsWith(".zip")) {
            return jar(path);
        }
        throw new IOException(path + ": not a directory, a jar or a .properties file");
    }

    /**
     * The directories and jars of the locale modules that {@code loader} sees. A provider whose class cannot be
     * loaded is skipped with a warning, as the catalog skips it.
     */
    static List<Path> classPath(ClassLoader loader, List<String> warnings) throws IOException {
        Set<Path> locations = new LinkedHashSet<>();
        Iterator<ServiceLoader.Provider<MessageProvider>> providers = ServiceLoader.load(MessageProvider.class, loader).stream().iterator();
        for (int errors = 0; errors < MAX_PROVIDER_ERRORS;) {
            Class<? extends MessageProvider> type;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                type = providers.next().type();
            } catch (ServiceConfigurationError | LinkageError e) {
                errors++;
                warnings.add(SKIPPED + e);
                continue;
            }
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IOException("cannot locate the file of locale module " + type.getName());
            }
            try {
                locations.add(Path.of(source.getLocation().toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IOException("cannot locate the file of locale module " + type.getName() + ": " + source.getLocation(), e);
            }
        }
        return List.copyOf(locations);
    }

    /** The providers {@code loader} finds; one that cannot be loaded or created is skipped with a warning. */
    static List<MessageProvider> providers(ClassLoader loader, List<String> warnings) {
        List<MessageProvider> found = new ArrayList<>();
        Iterator<MessageProvider> providers = ServiceLoader.load(MessageProvider.class, loader).iterator();
        for (int errors = 0; errors < MAX_PROVIDER_ERRORS;) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                found.add(providers.next());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                errors++;
                warnings.add(SKIPPED + e);
            }
        }
        return found;
    }

    private static List<Bundle> directory(Path root) throws IOException {
        Set<String> packages = null;
        Path services = root.resolve(SERVICES);
        if (Files.isRegularFile(services)) {
            packages = packages(Files.readString(services, StandardCharsets.UTF_8));
        }
        List<Bundle> bundles = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".properties") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String dir = root.relativize(file).toString().replace('\\', '/');
            dir = dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "";
            Locale locale = locale(name);
            if (locale != null && (packages == null || packages.contains(dir))) {
                bundles.add(bundle(file.toString(), root.toAbsolutePath() + "/" + dir + "/" + baseName(name), name, locale,
                        Files.readAllBytes(file), allowlist(file.resolveSibling(allowlistName(name))),
                        lock(file.resolveSibling(TranslationLock.fileName(name)))));
            }
        }
        return bundles;
    }

    private static List<Bundle> jar(Path path) throws IOException {
        List<Bundle> bundles = new ArrayList<>();
        try (ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry services = zip.getEntry(SERVICES);
            Set<String> packages = services == null ? null : packages(new String(read(zip, services), StandardCharsets.UTF_8));
            List<ZipEntry> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                entries.add(e.nextElement());
            }
            entries.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (ZipEntry entry : entries) {
                String entryName = entry.getName();
                String name = entryName.substring(entryName.lastIndexOf('/') + 1);
                String dir = entryName.contains("/") ? entryName.substring(0, entryName.lastIndexOf('/')) : "";
                Locale locale = name.endsWith(".properties") ? locale(name) : null;
                if (entry.isDirectory() || locale == null || (packages != null && !packages.contains(dir))) {
                    continue;
                }
                ZipEntry allowlist = zip.getEntry((dir.isEmpty() ? "" : dir + "/") + allowlistName(name));
                ZipEntry lock = zip.getEntry((dir.isEmpty() ? "" : dir + "/") + TranslationLock.fileName(name));
                bundles.add(bundle(path + "!/" + entryName, path.toAbsolutePath() + "!/" + dir + "/" + baseName(name), name, locale,
                        read(zip, entry), allowlist == null ? Set.of() : keys(new String(read(zip, allowlist), StandardCharsets.UTF_8)),
                        lock == null ? TranslationLock.empty() : lock(path + "!/" + lock.getName(), new String(read(zip, lock), StandardCharsets.UTF_8))));
            }
        }
        return bundles;
    }

    private static Bundle bundle(String file, String group, String name, Locale locale, byte[] bytes, Set<String> allowlist,
            TranslationLock lock) {
        return new Bundle(file, group, baseName(name), locale, bytes, allowlist, lock);
    }

    private static TranslationLock lock(Path file) throws IOException {
        return Files.isRegularFile(file) ? lock(file.toString(), Files.readString(file, StandardCharsets.UTF_8)) : TranslationLock.empty();
    }

    private static TranslationLock lock(String file, String text) throws IOException {
        try {
            return TranslationLock.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage() + " (a translation lock file; repair it or delete it and run confirm)");
        }
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    /** The package directories of the providers a services file names. */
    private static Set<String> packages(String services) {
        Set<String> packages = new LinkedHashSet<>();
        for (String line : services.split("\\R")) {
            String name = line.replaceFirst("#.*", "").trim();
            if (name.contains(".")) {
                packages.add(name.substring(0, name.lastIndexOf('.')).replace('.', '/'));
            }
        }
        return packages;
    }

    private static Set<String> allowlist(Path file) throws IOException {
        return Files.isRegularFile(file) ? keys(Files.readString(file, StandardCharsets.UTF_8)) : Set.of();
    }

    static Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : text.split("\\R")) {
            String key = line.replaceFirst("#.*", "").trim();
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** {@code messages_de.properties} → {@code messages_de.untranslated.txt}. */
    static String allowlistName(String fileName) {
        return fileName.substring(0, fileName.length() - ".properties".length()) + ".untranslated.txt";
    }

    /** The locale of {@code <BaseName>_<tag>.properties} ({@code messages_pt_BR}, {@code app_zh_Hant_TW}), or null. */
    static Locale locale(String fileName) {
        int split = tagStart(fileName);
        if (split < 0) {
            return null;
        }
        return LanguageTags.parseOrNull(fileName.substring(split, fileName.length() - ".properties".length()));
    }

    private static String baseName(String fileName) {
        int split = tagStart(fileName);
        return split < 0 ? fileName : fileName.substring(0, split - 1);
    }

    private static int tagStart(String fileName) {
        if (!fileName.endsWith(".properties")) {
            return -1;
        }
        String[] parts = fileName.substring(0, fileName.length() - ".properties".length()).split("_", -1);
        int offset = parts[0].length() + 1;
        for (int k = 1; k < parts.length; k++) {
            if (isTag(Arrays.copyOfRange(parts, k, parts.length))) {
                return offset;
            }
            offset += parts[k].length() + 1;
        }
        return -1;
    }

    private static boolean isTag(String[] parts) {
        if (!(parts[0].matches("[a-z]{2}") && LANGUAGES.contains(parts[0])) && !parts[0].matches("[a-z]{3}")) {
            return false;
        }
        int i = 1;
        if (i < parts.length && parts[i].matches("[A-Z][a-z]{3}")) {
            i++;
        }
        if (i < parts.length && parts[i].matches("[A-Z]{2}|[0-9]{3}")) {
            i++;
        }
        return i == parts.length;
    }
}
