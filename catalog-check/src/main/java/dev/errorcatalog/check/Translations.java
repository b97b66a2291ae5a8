package dev.errorcatalog.check;

import dev.errorcatalog.internal.MessagePatterns;
import dev.errorcatalog.Argument;
import dev.errorcatalog.MessageKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The translation workflow on one locale bundle of the catalog: what it lacks or has gone stale, XLIFF export
 * and import, and confirming translations in its {@linkplain TranslationLock lock file}.
 *
 * <pre>{@code
 * Translations fr = Translations.open(Path.of("messages-fr"), Locale.FRENCH);
 * Files.write(Path.of("fr.xlf"), fr.exportXliff(Xliff.Version.V1_2, false));
 * Translations.ImportResult result = fr.importXliff(Files.readAllBytes(Path.of("fr.xlf")), Checker.builder().build());
 * }</pre>
 *
 * <p>The expected keys are the catalog's ({@link MessageKey#all()}), the source texts those of its English
 * bundle. Nothing is written unless the whole import is valid.
 *
 * @since 0.2
 */
public final class Translations {

    private static final Locale SOURCE = Locale.ENGLISH;

    private final Path bundle;
    private final Locale locale;
    private final Map<String, String> english;

    private Translations(Path bundle, Locale locale, Map<String, String> english) {
        this.bundle = bundle;
        this.locale = locale;
        this.english = english;
    }

    /**
     * The bundle of {@code locale} under {@code path}: a locale module (its {@code src/main/resources} is
     * searched), a resources directory, or the bundle file itself.
     *
     * @throws IOException if there is no such bundle, or more than one
     */
    public static Translations open(Path path, Locale locale) throws IOException {
        return new Translations(find(path, locale), locale, catalogEnglish());
    }

    /** The catalog's English texts, from the English locale module on the class path. */
    static Map<String, String> catalogEnglish() throws IOException {
        Map<String, String> english = Checker.catalogSourceTexts(List.of(), new ArrayList<>(), Translations.class.getClassLoader());
        if (english.isEmpty()) {
            throw new IOException("the English texts of the catalog are not on the class path: add dev.errorcatalog:messages-en");
        }
        return english;
    }

    /**
     * The target language an XLIFF document names, for finding the bundle to import it into.
     *
     * @throws ImportException if the document cannot be read or names none
     */
    public static Locale targetLocale(byte[] document) throws ImportException {
        String target;
        try {
            target = XliffReader.read(document).targetLanguage();
        } catch (XliffReader.XliffException e) {
            throw new ImportException(e.getMessage());
        }
        if (target == null || target.isBlank()) {
            throw new ImportException("the document names no target language (trgLang in 2.0, target-language in 1.2)");
        }
        return Locale.forLanguageTag(target.trim().replace('_', '-'));
    }

    /** As {@link #open(Path, Locale)}, with the source texts given (tests; bundle sets of another catalog version). */
    static Translations open(Path path, Locale locale, Map<String, String> english) throws IOException {
        return new Translations(find(path, locale), locale, english);
    }

    /** The bundle file. */
    public Path bundle() {
        return bundle;
    }

    /** The lock file beside it (which may not exist yet). */
    public Path lockFile() {
        return bundle.resolveSibling(TranslationLock.fileName(bundle.getFileName().toString()));
    }

    private static Path find(Path path, Locale locale) throws IOException {
        Path root = Files.isDirectory(path.resolve("src/main/resources")) ? path.resolve("src/main/resources") : path;
        List<Bundles.Bundle> found = new ArrayList<>();
        for (Bundles.Bundle b : Bundles.read(root)) {
            if (b.locale().equals(locale)) {
                found.add(b);
            }
        }
        if (found.isEmpty()) {
            throw new IOException(path + ": no bundle of locale " + locale.toLanguageTag() + " (messages_"
                    + locale.toString() + ".properties); create its module first with new-locale " + locale.toLanguageTag());
        }
        if (found.size() > 1) {
            throw new IOException(path + ": " + found.size() + " bundles of locale " + locale.toLanguageTag() + " ("
                    + found.stream().map(Bundles.Bundle::file).collect(Collectors.joining(", ")) + "): name the one to use");
        }
        return Path.of(found.get(0).file());
    }

    /**
     * The XLIFF document of the keys the bundle lacks, leaves untranslated or whose English changed since
     * they were translated (with {@code all}, every key).
     */
    public byte[] exportXliff(Xliff.Version version, boolean all) throws IOException {
        BundleFile file = BundleFile.parse(Files.readAllBytes(bundle));
        TranslationLock lock = readLock();
        Set<String> allowed = allowlist();
        List<Xliff.Unit> units = new ArrayList<>();
        for (MessageKey key : MessageKey.all()) {
            String source = english.get(key.key());
            if (source == null) {
                continue;
            }
            BundleFile.Entry entry = file.byKey.get(key.key());
            String value = entry == null ? null : entry.value();
            List<String> notes = notes(key);
            Xliff.State state;
            if (value == null || value.isBlank() || (value.equals(source) && !allowed.contains(key.key()))) {
                state = Xliff.State.NEW;
                value = null;
            } else if (lock.isStale(key.key(), source)) {
                state = Xliff.State.NEEDS_REVIEW;
                notes.add(0, "The English text changed since this was translated. It was: \"" + lock.get(key.key()).source()
                        + "\". It is now: \"" + source + "\". Update the translation, or keep it as it is and mark it translated.");
            } else if (all) {
                state = Xliff.State.TRANSLATED;
            } else {
                continue;
            }
            units.add(new Xliff.Unit(key.key(), source, value, state, notes));
        }
        return Xliff.write(version, SOURCE, locale, bundle.getFileName().toString(), units);
    }

    private static List<String> notes(MessageKey key) {
        List<String> notes = new ArrayList<>();
        if (!key.arguments().isEmpty()) {
            notes.add("Arguments: " + key.arguments().stream().map(Translations::describe).collect(Collectors.joining("; "))
                    + ". ICU MessageFormat: keep {…} arguments, plural keywords (one, other, …) and # as they are, add the"
                    + " plural categories your language needs, and write '' for an apostrophe next to a brace.");
        }
        return notes;
    }

    private static String describe(Argument argument) {
        return "{" + argument.name() + "} " + argument.type().name().toLowerCase(Locale.ROOT) + ", e.g. " + argument.example();
    }

    /** What an import changed, and the check of the bundle afterwards. */
    public record ImportResult(List<String> updated, List<String> confirmed, Report report) {
    }

    /**
     * Writes the translations of an XLIFF document into the bundle (and records them in the lock file), then
     * checks the result with {@code checker}.
     *
     * <p>Refused, with nothing written, when: the XML is not well-formed or has a DTD; it is not XLIFF 1.2 or
     * 2.0; its target language is not the bundle's; a unit names a key the catalog does not have, or twice; a
     * translation is not a valid ICU pattern; or the check finds an error in a translation imported.
     *
     * @throws ImportException naming the unit where there is one
     */
    public ImportResult importXliff(byte[] document, Checker checker) throws IOException, ImportException {
        XliffReader.Document doc;
        try {
            doc = XliffReader.read(document);
        } catch (XliffReader.XliffException e) {
            throw new ImportException(e.getMessage());
        }
        if (doc.targetLanguage() == null || !sameLanguage(doc.targetLanguage(), locale)) {
            throw new ImportException("the document's target language is " + (doc.targetLanguage() == null ? "not given"
                    : "'" + doc.targetLanguage() + "'") + ", but the bundle " + bundle.getFileName() + " is " + locale.toLanguageTag());
        }
        if (doc.sourceLanguage() != null && !Locale.forLanguageTag(doc.sourceLanguage().replace('_', '-')).getLanguage()
                .equals(SOURCE.getLanguage())) {
            throw new ImportException("the document's source language is '" + doc.sourceLanguage() + "'; the catalog's source is "
                    + SOURCE.toLanguageTag());
        }
        Map<String, MessageKey> keys = new LinkedHashMap<>();
        MessageKey.all().forEach(k -> keys.put(k.key(), k));
        byte[] before = Files.readAllBytes(bundle);
        BundleFile file = BundleFile.parse(before);
        TranslationLock lock = readLock();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> madeFrom = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> updated = new ArrayList<>();
        List<String> confirmed = new ArrayList<>();
        for (XliffReader.Unit unit : doc.units()) {
            String where = "unit '" + unit.id() + "' (line " + unit.line() + ")";
            if (!keys.containsKey(unit.id())) {
                throw new ImportException(where + ": no message key '" + unit.id() + "' in the catalog; the document is not"
                        + " of this catalog or of an older version");
            }
            if (!seen.add(unit.id())) {
                throw new ImportException(where + ": the key is in the document twice");
            }
            if (unit.target() == null || unit.target().isBlank()) {
                continue; // not translated yet
            }
            try {
                MessagePatterns.parse(unit.target());
            } catch (RuntimeException e) {
                throw new ImportException(where + ": the translation is not a valid ICU message: " + e.getMessage());
            }
            BundleFile.Entry entry = file.byKey.get(unit.id());
            String current = entry == null ? null : entry.value();
            String source = unit.source().isEmpty() ? english.get(unit.id()) : unit.source();
            boolean changed = !unit.target().equals(current);
            boolean nowConfirmed = !changed && unit.done() && lock.isStale(unit.id(), english.get(unit.id()))
                    && source.equals(english.get(unit.id()));
            if (changed) {
                values.put(unit.id(), unit.target());
                updated.add(unit.id());
            }
            if (changed || nowConfirmed) {
                madeFrom.put(unit.id(), source);
                if (!changed) {
                    confirmed.add(unit.id());
                }
            }
        }
        List<String> order = List.copyOf(keys.keySet());
        byte[] after;
        try {
            after = BundleEditor.apply(before, values, order);
        } catch (IllegalArgumentException e) {
            throw new ImportException(bundle + ": " + e.getMessage());
        }
        TranslationLock newLock = lock.with(madeFrom);
        Report report = checkCopy(after, newLock, checker);
        List<String> broken = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.severity() == Severity.ERROR && finding.key() != null && values.containsKey(finding.key())) {
                broken.add("unit '" + finding.key() + "': " + finding.id().id() + ": " + finding.message());
            }
        }
        if (!broken.isEmpty()) {
            throw new ImportException("the check rejects " + broken.size() + " translation(s), nothing was written:\n  "
                    + String.join("\n  ", broken));
        }
        if (!values.isEmpty()) {
            write(bundle, after);
        }
        if (!madeFrom.isEmpty()) {
            write(lockFile(), newLock.format(order).getBytes(StandardCharsets.UTF_8));
        }
        return new ImportResult(List.copyOf(updated), List.copyOf(confirmed), report);
    }

    /**
     * Records the current English text of {@code keys} (all translated keys when empty) as what their
     * translations were made from: the translator checked them after the English changed.
     *
     * @return the keys whose record changed
     * @throws IllegalArgumentException if a key is not in the bundle
     */
    public List<String> confirm(Collection<String> keys) throws IOException {
        BundleFile file = BundleFile.parse(Files.readAllBytes(bundle));
        TranslationLock lock = readLock();
        for (String key : keys) {
            if (!file.byKey.containsKey(key) || !english.containsKey(key)) {
                throw new IllegalArgumentException("'" + key + "' is not a translated key of " + bundle.getFileName());
            }
        }
        Map<String, String> confirmed = new LinkedHashMap<>();
        for (MessageKey key : MessageKey.all()) {
            String source = english.get(key.key());
            BundleFile.Entry entry = file.byKey.get(key.key());
            boolean wanted = keys.isEmpty() ? entry != null && !entry.value().isBlank() : keys.contains(key.key());
            if (wanted && source != null && (lock.get(key.key()) == null || lock.isStale(key.key(), source))) {
                confirmed.put(key.key(), source);
            }
        }
        if (!confirmed.isEmpty()) {
            List<String> order = MessageKey.all().stream().map(MessageKey::key).toList();
            write(lockFile(), lock.with(confirmed).format(order).getBytes(StandardCharsets.UTF_8));
        }
        return List.copyOf(confirmed.keySet());
    }

    /** The check of the bundle as it would be: a copy with its lock and allow-list, in a temporary directory. */
    private Report checkCopy(byte[] bundleBytes, TranslationLock lock, Checker checker) throws IOException {
        Path dir = Files.createTempDirectory("errorcatalog-import");
        try {
            Path copy = dir.resolve(bundle.getFileName().toString());
            Files.write(copy, bundleBytes);
            Path source = Files.createDirectory(dir.resolve("source")).resolve("messages_" + SOURCE.toString() + ".properties");
            StringBuilder sourceText = new StringBuilder();
            english.forEach((key, text) -> sourceText.append(BundleEditor.line(key, text)).append('\n'));
            Files.writeString(source, sourceText, StandardCharsets.UTF_8);
            Files.writeString(copy.resolveSibling(lockFile().getFileName().toString()), lock.format(List.of()), StandardCharsets.UTF_8);
            Path allowlist = bundle.resolveSibling(Bundles.allowlistName(bundle.getFileName().toString()));
            if (Files.isRegularFile(allowlist)) {
                Files.copy(allowlist, copy.resolveSibling(allowlist.getFileName().toString()));
            }
            Report report = checker.check(List.of(copy, source));
            List<Finding> findings = report.findings().stream().filter(f -> f.file().equals(copy.toString()))
                    .map(f -> new Finding(f.id(), f.severity(), f.locale(), f.key(), bundle.toString(), f.line(), f.column(), f.message()))
                    .toList();
            List<LocaleSummary> summaries = report.locales().stream().filter(l -> l.file().equals(copy.toString()))
                    .map(s -> new LocaleSummary(s.locale(), bundle.toString(), s.keys(), s.translated())).toList();
            return new Report(summaries, findings, report.baselined());
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private TranslationLock readLock() throws IOException {
        Path file = lockFile();
        if (!Files.isRegularFile(file)) {
            return TranslationLock.empty();
        }
        try {
            return TranslationLock.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
    }

    private Set<String> allowlist() throws IOException {
        Path file = bundle.resolveSibling(Bundles.allowlistName(bundle.getFileName().toString()));
        return Files.isRegularFile(file) ? Bundles.keys(Files.readString(file, StandardCharsets.UTF_8)) : Set.of();
    }

    /** Writes through a temporary file in the same directory, so a failure leaves the old file whole. */
    private static void write(Path file, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean sameLanguage(String tag, Locale locale) {
        return Locale.forLanguageTag(tag.trim().replace('_', '-')).toLanguageTag().equalsIgnoreCase(locale.toLanguageTag());
    }

    /** An import refused; the message says why, naming the unit where there is one. Nothing was written. */
    public static final class ImportException extends Exception {
        private static final long serialVersionUID = 1L;

        public ImportException(String message) {
            super(message);
        }
    }
}
