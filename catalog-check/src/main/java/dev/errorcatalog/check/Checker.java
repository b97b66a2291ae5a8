package dev.errorcatalog.check;

import com.ibm.icu.util.ULocale;
import dev.errorcatalog.MessageKey;
import dev.errorcatalog.spi.MessageProvider;
import dev.errorcatalog.check.BundleFile.Entry;
import dev.errorcatalog.check.Bundles.Bundle;
import dev.errorcatalog.check.MessageChecks.Expected;
import dev.errorcatalog.check.MessageChecks.Issue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
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

    /** A builder with the defaults: the catalog as source, each check at its default severity, no baseline. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the bundles of the locale modules that {@code loader} finds through {@link ServiceLoader}: the
     * directory or jar each {@link MessageProvider} comes from.
     *
     * @throws IOException if a module's file cannot be located or read
     */
    public Report checkClassPath(ClassLoader loader) throws IOException {
        return check(Bundles.classPath(loader));
    }

    /**
     * Checks the bundles of each path: a directory (searched recursively), a locale module's jar, or one
     * {@code <BaseName>_<tag>.properties} file.
     *
     * @throws IOException if a path cannot be read, or (with a source locale) a bundle has no source beside it
     */
    public Report check(Collection<Path> paths) throws IOException {
        List<Bundle> bundles = new ArrayList<>();
        for (Path path : paths) {
            bundles.addAll(Bundles.read(path));
        }
        List<Finding> findings = new ArrayList<>();
        List<LocaleSummary> summaries = new ArrayList<>();
        if (sourceLocale == null) {
            Map<String, Expected> expected = new LinkedHashMap<>();
            for (MessageKey key : MessageKey.all()) {
                expected.put(key.key(), Expected.declared(key.arguments()));
            }
            Map<String, String> sourceTexts = catalogSourceTexts(bundles);
            for (Checked checked : bundles.parallelStream()
                    .map(b -> checkBundle(b, BundleFile.parse(b.bytes()), expected, sourceTexts, CATALOG_SOURCE)).toList()) {
                findings.addAll(checked.findings());
                summaries.add(checked.summary());
            }
        } else {
            Map<String, BundleFile> sources = new HashMap<>();
            for (Bundle bundle : bundles) {
                if (bundle.locale().equals(sourceLocale)) {
                    sources.put(bundle.group(), BundleFile.parse(bundle.bytes()));
                }
            }
            Map<String, Map<String, Expected>> expectedByGroup = new HashMap<>();
            Map<String, Map<String, String>> textsByGroup = new HashMap<>();
            for (Bundle bundle : bundles) {
                BundleFile source = sources.get(bundle.group());
                if (source == null) {
                    throw new IOException(bundle.file() + ": no source bundle " + bundle.baseName() + "_"
                            + sourceLocale.toString() + ".properties beside it (--source-locale " + sourceLocale.toLanguageTag() + ")");
                }
                if (!expectedByGroup.containsKey(bundle.group())) {
                    Map<String, Expected> expected = new LinkedHashMap<>();
                    Map<String, String> texts = new HashMap<>();
                    source.byKey.forEach((key, entry) -> {
                        expected.put(key, Expected.source(entry.value()));
                        texts.put(key, entry.value());
                    });
                    expectedByGroup.put(bundle.group(), expected);
                    textsByGroup.put(bundle.group(), texts);
                }
            }
            for (Checked checked : bundles.parallelStream().map(b -> checkBundle(b, BundleFile.parse(b.bytes()),
                    expectedByGroup.get(b.group()), textsByGroup.get(b.group()), sourceLocale)).toList()) {
                findings.addAll(checked.findings());
                summaries.add(checked.summary());
            }
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
        return new Report(summaries, sorted, before - kept.size());
    }

    /** The English texts: from the English bundle being checked, else from the English locale module. */
    static Map<String, String> catalogSourceTexts(List<Bundle> bundles) throws IOException {
        for (Bundle bundle : bundles) {
            if (bundle.locale().equals(CATALOG_SOURCE)) {
                Map<String, String> texts = new HashMap<>();
                BundleFile.parse(bundle.bytes()).byKey.forEach((key, entry) -> texts.put(key, entry.value()));
                return texts;
            }
        }
        for (MessageProvider provider : ServiceLoader.load(MessageProvider.class, Checker.class.getClassLoader())) {
            if (provider.locale().equals(CATALOG_SOURCE)) {
                return provider.messages();
            }
        }
        return Map.of();
    }

    /** The findings and summary of one bundle. */
    private record Checked(List<Finding> findings, LocaleSummary summary) {
    }

    private Checked checkBundle(Bundle bundle, BundleFile file, Map<String, Expected> expected, Map<String, String> sourceTexts,
            Locale source) {
        List<Finding> findings = new ArrayList<>();
        String tag = bundle.locale().toLanguageTag();
        String name = bundle.file();
        MessageChecks.LocaleRules rules = new MessageChecks.LocaleRules(ULocale.forLocale(bundle.locale()));
        boolean isSource = bundle.locale().getLanguage().equals(source.getLanguage());
        Set<String> allowed = new HashSet<>(bundle.allowlist());
        allowed.addAll(allowlists.getOrDefault(tag, Set.of()));

        for (BundleFile.Problem problem : file.problems) {
            add(findings, problem.id(), tag, problem.key(), name, problem.line(), problem.column(), problem.message());
        }
        Map<String, BundleFile.Continuation> swallowed = new HashMap<>();
        for (BundleFile.Continuation c : file.continuations) {
            if (c.swallowedKey() != null && expected.containsKey(c.swallowedKey()) && !file.byKey.containsKey(c.swallowedKey())) {
                swallowed.put(c.swallowedKey(), c);
            } else {
                add(findings, CheckId.LINE_CONTINUATION, tag, c.key(), name, c.line(), c.column(),
                        "the line ends in a backslash, so line " + c.swallowedLine() + " ('" + abbreviate(c.swallowedText())
                                + "') becomes part of the message of '" + c.key() + "': remove the backslash"
                                + " (write \\\\ for a literal backslash)");
            }
        }

        List<String> missing = new ArrayList<>();
        for (String key : expected.keySet()) {
            if (!file.byKey.containsKey(key)) {
                missing.add(key);
            }
        }
        Set<String> typos = new HashSet<>();
        for (Entry entry : file.byKey.values()) {
            if (expected.containsKey(entry.key())) {
                continue;
            }
            String match = nearMiss(entry.key(), missing);
            if (match != null) {
                missing.remove(match);
                typos.add(entry.key());
                add(findings, CheckId.KEY_CASE_OR_TYPO, tag, entry.key(), name, entry.line(), entry.column(),
                        "key '" + entry.key() + "' is not declared; did you mean '" + match + "'"
                                + (match.equalsIgnoreCase(entry.key()) ? " (keys are case-sensitive)" : "") + "? Rename it");
            } else {
                add(findings, CheckId.EXTRA_KEY, tag, entry.key(), name, entry.line(), entry.column(), "key '" + entry.key()
                        + "' is not " + (sourceLocale == null ? "a code of the catalog" : "in the source bundle")
                        + ": delete it (or add it to the " + (sourceLocale == null ? "catalog" : "source") + " first)");
            }
        }
        Entry previous = null;
        Set<String> missingSet = new HashSet<>(missing);
        for (String key : expected.keySet()) {
            Entry entry = file.byKey.get(key);
            if (entry != null) {
                previous = entry;
            } else if (missingSet.contains(key)) {
                BundleFile.Continuation c = swallowed.get(key);
                String text = sourceTexts.get(key);
                if (c != null) {
                    add(findings, CheckId.MISSING_KEY, tag, key, name, c.swallowedLine(), 1, "key '" + key
                            + "' is missing: the backslash at the end of line " + c.line() + " makes this line part of the message of '"
                            + c.key() + "'; remove that backslash");
                } else {
                    add(findings, CheckId.MISSING_KEY, tag, key, name, BundleFile.lineAfter(previous), 0, "key '" + key
                            + "' is missing: add " + key + "=…" + (text == null ? "" : " (source: \"" + abbreviate(text) + "\")")
                            + (previous == null ? "" : " after '" + previous.key() + "'"));
                }
            }
        }

        int translated = 0;
        for (Entry entry : file.byKey.values()) {
            String key = entry.key();
            String value = entry.value();
            String text = sourceTexts.get(key);
            boolean known = expected.containsKey(key);
            if (value.isBlank()) {
                if (text == null || !text.isBlank()) {
                    add(findings, CheckId.EMPTY_VALUE, tag, key, name, entry.line(), entry.column(), "the message of '" + key
                            + "' is empty: translate it" + (text == null ? "" : " (source: \"" + abbreviate(text) + "\")"));
                }
                continue;
            }
            if (!typos.contains(key)) {
                for (Issue issue : MessageChecks.check(value, rules, known ? expected.get(key) : null, isSource ? null : text)) {
                    int[] at = entry.position(issue.offset());
                    add(findings, issue.id(), tag, key, name, at[0], at[1], issue.message());
                }
            }
            boolean copy = false;
            if (!isSource && text != null) {
                copy = value.equals(text) && text.codePoints().anyMatch(Character::isLetter) && !allowed.contains(key);
                if (copy) {
                    add(findings, CheckId.UNTRANSLATED, tag, key, name, entry.line(), entry.column(), "the message of '" + key
                            + "' is the untranslated source text: translate it, or list the key in " + Bundles.allowlistName(
                                    name.substring(name.lastIndexOf('/') + 1)) + " if it is the same in " + tag);
                } else if (!leading(value).equals(leading(text)) || !trailing(value).equals(trailing(text))) {
                    add(findings, CheckId.WHITESPACE_MISMATCH, tag, key, name, entry.line(), entry.column(), "leading or trailing whitespace of '"
                            + key + "' differs from the source (" + visible(leading(value)) + "…" + visible(trailing(value)) + " vs "
                            + visible(leading(text)) + "…" + visible(trailing(text)) + "): match the source");
                }
            }
            if (known && !copy) {
                translated++;
                TranslationLock.Entry made = bundle.lock().get(key);
                if (!isSource && bundle.lock().isStale(key, text)) {
                    add(findings, CheckId.STALE_TRANSLATION, tag, key, name, entry.line(), entry.column(), "the English text of '" + key
                            + "' changed since it was translated (was: \"" + abbreviate(made.source()) + "\", now: \"" + abbreviate(text)
                            + "\"): update the translation (export-xliff lists it), or confirm --locale " + tag + " --key " + key + " if it still fits");
                }
            }
        }
        return new Checked(findings, new LocaleSummary(tag, name, expected.size(), translated));
    }

    private void add(List<Finding> findings, CheckId id, String locale, String key, String file, int line, int column, String message) {
        Severity severity = localeSeverities.getOrDefault(locale, Map.of()).get(id);
        if (severity == null) {
            severity = severities.getOrDefault(id, id.defaultSeverity());
        }
        if (severity != Severity.NONE) {
            findings.add(new Finding(id, severity, locale, key, file, line, column, message));
        }
    }

    /** The missing key that {@code key} is a case variant or a small edit of, or null. */
    private static String nearMiss(String key, List<String> missing) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = key.length() < 8 ? 1 : 2;
        for (String candidate : missing) {
            if (candidate.equalsIgnoreCase(key)) {
                return candidate;
            }
            if (Math.abs(candidate.length() - key.length()) > allowed) {
                continue;
            }
            int distance = distance(key, candidate, allowed);
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Edit distance counting a swap of two neighbours as one edit; gives up (returns {@code limit + 1}) above {@code limit}. */
    private static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                char x = Character.toLowerCase(a.charAt(i - 1));
                char y = Character.toLowerCase(b.charAt(j - 1));
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (x == y ? 0 : 1));
                if (i > 1 && j > 1 && x == Character.toLowerCase(b.charAt(j - 2)) && Character.toLowerCase(a.charAt(i - 2)) == y) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    private static String leading(String s) {
        return s.substring(0, s.length() - s.stripLeading().length());
    }

    private static String trailing(String s) {
        return s.substring(s.stripTrailing().length());
    }

    private static String visible(String whitespace) {
        return "'" + whitespace.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + "'";
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
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
                return colon < 0 ? severity(id, severity) : severity(wellFormedTag(target.substring(0, colon)), id, severity);
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
                return colon < 0 ? minimumCompleteness(percent) : minimumCompleteness(wellFormedTag(setting.substring(0, colon)), percent);
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
            return Locale.forLanguageTag(locale.replace('_', '-')).toLanguageTag();
        }

        private static String wellFormedTag(String locale) {
            try {
                Locale parsed = new Locale.Builder().setLanguageTag(locale.trim().replace('_', '-')).build();
                if (parsed.getLanguage().isEmpty()) {
                    throw new IllformedLocaleException("no language");
                }
                return parsed.toLanguageTag();
            } catch (IllformedLocaleException e) {
                throw new IllegalArgumentException("'" + locale + "' is not a BCP 47 language tag (e.g. de, es-MX)");
            }
        }

        private static double percent(double percent) {
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("a completeness is a percentage from 0 to 100, not " + percent);
            }
            return percent;
        }
    }
}
