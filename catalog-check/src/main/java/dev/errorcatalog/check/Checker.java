package dev.errorcatalog.check;

import dev.errorcatalog.MessageKey;
import dev.errorcatalog.check.Bundles.Bundle;
import dev.errorcatalog.check.MessageChecks.Expected;
import dev.errorcatalog.LanguageTags;
import dev.errorcatalog.spi.MessageProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The bundle checker: reads locale bundles and reports what a demanding localization team would reject.
 *
 * <pre>{@code
 * Report report = Checker.builder().build().check(List.of(Path.of("src/main/resources")));
 * if (report.fails(Severity.ERROR)) { ... }
 * }</pre>
 *
 * <p>By default the expected keys and arguments are the catalog's {@link MessageKey#all()} and the source
 * texts those of the English bundle; with {@link Builder#sourceLocale(Locale)} the bundle of that locale
 * beside each checked bundle defines them instead. A checker is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Checker {

    private static final Locale CATALOG_SOURCE = Locale.ENGLISH;

    private final Locale sourceLocale;
    private final Map<CheckId, Severity> severities;
    private final Map<String, Map<CheckId, Severity>> localeSeverities;
    private final Map<String, Set<String>> allowlists;
    private final double minimumCompleteness;
    private final Map<String, Double> localeMinimums;
    private final Baseline baseline;

    private Checker(Builder builder) {
        sourceLocale = builder.sourceLocale;
        severities = new EnumMap<>(builder.severities);
        localeSeverities = new HashMap<>();
        builder.localeSeverities.forEach((tag, map) -> localeSeverities.put(tag, new EnumMap<>(map)));
        allowlists = new HashMap<>();
        builder.allowlists.forEach((tag, keys) -> allowlists.put(tag, Set.copyOf(keys)));
        minimumCompleteness = builder.minimumCompleteness;
        localeMinimums = Map.copyOf(builder.localeMinimums);
        baseline = builder.baseline;
    }

    /** The version of this checker: the Error Catalog release it belongs to, e.g. {@code 0.1.0}. */
    public static String version() {
        return Version.VERSION;
    }

    /** A builder with the defaults: the catalog as source, each check at its default severity, no baseline. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the bundles of the locale modules that {@code loader} finds through {@link ServiceLoader}: the
     * directory or jar each {@link MessageProvider} comes from. A provider that cannot be loaded is skipped with a
     * warning in {@link Report#warnings()}, as the catalog skips it.
     *
     * @throws IOException if a module's file cannot be located or read
     */
    public Report checkClassPath(ClassLoader loader) throws IOException {
        List<String> warnings = new ArrayList<>();
        return check(Bundles.classPath(loader, warnings), warnings, loader);
    }

    /**
     * Checks the bundles of each path: a directory (searched recursively), a locale module's jar, or one
     * {@code <BaseName>_<tag>.properties} file.
     *
     * @throws IOException if a path cannot be read, or (with a source locale) a bundle has no source beside it
     */
    public Report check(Collection<Path> paths) throws IOException {
        return check(paths, new ArrayList<>(), Checker.class.getClassLoader());
    }

    private Report check(Collection<Path> paths, List<String> warnings, ClassLoader loader) throws IOException {
        List<Bundle> bundles = new ArrayList<>();
        for (Path path : paths) {
            bundles.addAll(Bundles.read(path));
        }
        Map<String, BundleCheck.Source> sources = sourceLocale == null ? Map.of() : sourceBundles(bundles);
        BundleCheck.Source catalog = sourceLocale == null ? catalogSource(bundles, warnings, loader) : null;
        List<Finding> findings = new ArrayList<>();
        List<LocaleSummary> summaries = new ArrayList<>();
        for (BundleCheck.Checked checked : bundles.parallelStream()
                .map(b -> BundleCheck.run(this, b, catalog != null ? catalog : sources.get(b.group()))).toList()) {
            findings.addAll(checked.findings());
            summaries.add(checked.summary());
        }
        RegionalCoverage.apply(bundles, findings, summaries);
        for (LocaleSummary summary : summaries) {
            double minimum = localeMinimums.getOrDefault(summary.locale(), minimumCompleteness);
            if (summary.completeness() < minimum) {
                add(findings, CheckId.COMPLETENESS_BELOW_MINIMUM, summary.locale(), null, summary.file(), 0, 0,
                        summary.locale() + " is " + summary.completeness() + "% translated (" + summary.translated() + " of "
                                + summary.keys() + " keys), below the minimum of " + minimum + "%");
            }
        }
        int before = findings.size();
        List<Finding> kept = baseline == null ? findings : baseline.filter(findings);
        List<Finding> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparing(Finding::locale).thenComparing(Finding::file).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column).thenComparing(Finding::id));
        return new Report(summaries, sorted, before - kept.size(), warnings.stream().distinct().toList());
    }

    /** The catalog as source: its keys and declared arguments; the texts of the English bundle checked, else of the English module. */
    private static BundleCheck.Source catalogSource(List<Bundle> bundles, List<String> warnings, ClassLoader loader) {
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (MessageKey key : MessageKey.all()) {
            expected.put(key.key(), Expected.declared(key.arguments()));
        }
        return new BundleCheck.Source(expected, catalogSourceTexts(bundles, warnings, loader), CATALOG_SOURCE, true);
    }

    static Map<String, String> catalogSourceTexts(List<Bundle> bundles, List<String> warnings, ClassLoader loader) {
        for (Bundle bundle : bundles) {
            if (bundle.locale().equals(CATALOG_SOURCE)) {
                Map<String, String> texts = new HashMap<>();
                BundleFile.parse(bundle.bytes()).byKey.forEach((key, entry) -> texts.put(key, entry.value()));
                return texts;
            }
        }
        for (MessageProvider provider : Bundles.providers(loader, warnings)) {
            try {
                if (CATALOG_SOURCE.equals(provider.locale())) {
                    return provider.messages();
                }
            } catch (IOException | RuntimeException e) {
                warnings.add("The messages of " + provider.getClass().getName() + " could not be read and are skipped: " + e);
            }
        }
        if (bundles.stream().anyMatch(b -> !b.locale().getLanguage().equals(CATALOG_SOURCE.getLanguage()))) {
            warnings.add("No English source texts: neither among the bundles checked nor a locale module on the class path,"
                    + " so messages identical to the source (untranslated) are not found; put dev.errorcatalog:messages-en on the"
                    + " class path (a test dependency, or a dependency of the Maven plugin)");
        }
        return Map.of();
    }

    /** With a source locale: each group's source bundle beside it defines the expected keys, arguments and texts. */
    private Map<String, BundleCheck.Source> sourceBundles(List<Bundle> bundles) throws IOException {
        Map<String, BundleCheck.Source> sources = new HashMap<>();
        for (Bundle bundle : bundles) {
            if (bundle.locale().equals(sourceLocale)) {
                Map<String, Expected> expected = new LinkedHashMap<>();
                Map<String, String> texts = new HashMap<>();
                BundleFile.parse(bundle.bytes()).byKey.forEach((key, entry) -> {
                    expected.put(key, Expected.source(entry.value()));
                    texts.put(key, entry.value());
                });
                sources.put(bundle.group(), new BundleCheck.Source(expected, texts, sourceLocale, false));
            }
        }
        for (Bundle bundle : bundles) {
            if (!sources.containsKey(bundle.group())) {
                throw new IOException(bundle.file() + ": no source bundle " + bundle.baseName() + "_" + sourceLocale
                        + ".properties beside it (--source-locale " + sourceLocale.toLanguageTag() + ")");
            }
        }
        return sources;
    }

    /** The keys of {@code locale} whose message may equal the source, as configured. */
    Set<String> allowlist(String locale) {
        return allowlists.getOrDefault(locale, Set.of());
    }

    /** Adds a finding at its configured severity, unless that is {@link Severity#NONE}. */
    void add(List<Finding> findings, CheckId id, String locale, String key, String file, int line, int column, String message) {
        Severity severity = localeSeverities.getOrDefault(locale, Map.of()).get(id);
        if (severity == null) {
            severity = severities.getOrDefault(id, id.defaultSeverity());
        }
        if (severity != Severity.NONE) {
            findings.add(new Finding(id, severity, locale, key, file, line, column, message));
        }
    }

    /** Configures a {@link Checker}. Not thread-safe; the checker it builds is. */
    public static final class Builder {
        private Locale sourceLocale;
        private final Map<CheckId, Severity> severities = new EnumMap<>(CheckId.class);
        private final Map<String, Map<CheckId, Severity>> localeSeverities = new HashMap<>();
        private final Map<String, Set<String>> allowlists = new HashMap<>();
        private double minimumCompleteness;
        private final Map<String, Double> localeMinimums = new HashMap<>();
        private Baseline baseline;

        private Builder() {
        }

        /**
         * Takes the expected keys, arguments and source texts from the bundle of {@code locale} beside each
         * checked bundle (same directory and base name) instead of from the catalog.
         */
        public Builder sourceLocale(Locale locale) {
            this.sourceLocale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** Sets the severity of a check for every locale; {@link Severity#NONE} switches it off. */
        public Builder severity(CheckId check, Severity severity) {
            severities.put(Objects.requireNonNull(check, "check"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /** Sets the severity of a check for one locale (a BCP 47 tag such as {@code de} or {@code pt-BR}). */
        public Builder severity(String locale, CheckId check, Severity severity) {
            localeSeverities.computeIfAbsent(tag(locale), t -> new EnumMap<>(CheckId.class))
                    .put(Objects.requireNonNull(check, "check"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Sets a severity written {@code [LOCALE:]ID=LEVEL}, e.g. {@code untranslated=warning} or
         * {@code es:missing_key=info}: the form the command line's {@code --severity} and the Maven plugin's
         * {@code severities} take.
         *
         * @throws IllegalArgumentException if {@code setting} is not of that form, or names an unknown check or
         *         severity or an ill-formed locale
         */
        public Builder severity(String setting) {
            int equals = setting.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("'" + setting + "' is not [LOCALE:]ID=LEVEL, e.g. untranslated=warning");
            }
            String target = setting.substring(0, equals);
            int colon = target.indexOf(':');
            try {
                CheckId id = CheckId.of(target.substring(colon + 1));
                Severity severity = Severity.of(setting.substring(equals + 1));
                return colon < 0 ? severity(id, severity) : severity(tag(target.substring(0, colon)), id, severity);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + setting + "': " + e.getMessage(), e);
            }
        }

        /**
         * Accepts messages of {@code locale} that equal the source text, for keys where that is correct (a
         * product name). Each bundle's {@code <name>.untranslated.txt} beside it is read as well.
         */
        public Builder allowUntranslated(String locale, Collection<String> keys) {
            allowlists.computeIfAbsent(tag(locale), t -> new HashSet<>()).addAll(keys);
            return this;
        }

        /** The minimum completeness, in percent, of every bundle; below it is a {@link CheckId#COMPLETENESS_BELOW_MINIMUM} finding. */
        public Builder minimumCompleteness(double percent) {
            this.minimumCompleteness = percent(percent);
            return this;
        }

        /** The minimum completeness, in percent, of one locale's bundles. */
        public Builder minimumCompleteness(String locale, double percent) {
            localeMinimums.put(tag(locale), percent(percent));
            return this;
        }

        /**
         * Sets a minimum completeness written {@code [LOCALE:]PERCENT}, e.g. {@code 90} or {@code de:95%}: the
         * form the command line's {@code --min-completeness} and the Maven plugin's {@code minimumCompleteness} take.
         *
         * @throws IllegalArgumentException if {@code setting} is not of that form or the percentage is not from 0 to 100
         */
        public Builder minimumCompleteness(String setting) {
            int colon = setting.indexOf(':');
            try {
                double percent = Double.parseDouble(setting.substring(colon + 1).replace("%", ""));
                return colon < 0 ? minimumCompleteness(percent) : minimumCompleteness(tag(setting.substring(0, colon)), percent);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + setting + "' is not [LOCALE:]PERCENT with a percentage from 0 to 100, e.g. de:90", e);
            }
        }

        /**
         * Accepts the findings recorded in a baseline file: a JSON report written by an earlier run. A finding
         * matches a recorded one of the same id, locale, key and file name (lines may move); new findings still count.
         *
         * @throws IOException if the file cannot be read or is not a JSON report
         */
        public Builder baseline(Path file) throws IOException {
            this.baseline = Baseline.read(file);
            return this;
        }

        public Checker build() {
            return new Checker(this);
        }

        private static String tag(String locale) {
            return LanguageTags.parse(locale).toLanguageTag();
        }

        private static double percent(double percent) {
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("a completeness is a percentage from 0 to 100, not " + percent);
            }
            return percent;
        }
    }
}
