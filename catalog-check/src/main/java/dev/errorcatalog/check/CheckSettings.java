package dev.errorcatalog.check;

import dev.errorcatalog.LanguageTags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings of a check as people write them, validated in one place: the command line's {@code check}
 * options and the Maven plugin's parameters are two spellings of these, so both accept and reject the same text.
 *
 * <pre>{@code
 * CheckSettings settings = new CheckSettings().sourceLocale("en").severity("untranslated=warning").failOn("warning");
 * Report report = settings.check(List.of(Path.of("i18n")), getClass().getClassLoader());
 * }</pre>
 *
 * <p>A setter given text it cannot read throws an {@link InvalidSettingException} that names the {@link Setting},
 * so each adapter can say which option or parameter was wrong in its own words. Not thread-safe.
 *
 * @since 0.1
 */
public final class CheckSettings {

    /** One setting, with its spelling on the command line and in a pom. */
    public enum Setting {
        /** {@code --source-locale} / {@code sourceLocale}. */
        SOURCE_LOCALE("--source-locale", "sourceLocale"),
        /** {@code --fail-on} / {@code failOn}. */
        FAIL_ON("--fail-on", "failOn"),
        /** {@code --severity} / {@code severities}. */
        SEVERITY("--severity", "severities"),
        /** {@code --min-completeness} / {@code minimumCompleteness}. */
        MINIMUM_COMPLETENESS("--min-completeness", "minimumCompleteness"),
        /** {@code --format} / {@code formats}. */
        FORMAT("--format", "formats"),
        /** {@code --baseline} / {@code baseline}. */
        BASELINE("--baseline", "baseline");

        private final String option;
        private final String parameter;

        Setting(String option, String parameter) {
            this.option = option;
            this.parameter = parameter;
        }

        /** The command line's option, e.g. {@code --fail-on}. */
        public String option() {
            return option;
        }

        /** The Maven plugin's parameter, e.g. {@code failOn}. */
        public String parameter() {
            return parameter;
        }
    }

    /** A setting whose text cannot be read; the message says why, without naming the setting. */
    public static final class InvalidSettingException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient Setting setting;

        InvalidSettingException(Setting setting, String message) {
            super(message);
            this.setting = setting;
        }

        /** Which setting was wrong. */
        public Setting setting() {
            return setting;
        }
    }

    private static final List<Severity> FAILING = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

    private final Checker.Builder builder = Checker.builder();
    private Severity failOn = Severity.ERROR;
    private Path baseline;

    /** Settings with the defaults: the catalog as source, each check at its default severity, failing on errors. */
    public CheckSettings() {
    }

    /** Takes the expected keys and source texts from the bundle of this BCP 47 tag beside each bundle; null or blank: the catalog. */
    public CheckSettings sourceLocale(String tag) {
        if (tag != null && !tag.isBlank()) {
            builder.sourceLocale(parse(Setting.SOURCE_LOCALE, () -> LanguageTags.parse(tag)));
        }
        return this;
    }

    /** The failing severity: {@code error}, {@code warning} or {@code info}. */
    public CheckSettings failOn(String level) {
        failOn = choice(Setting.FAIL_ON, level, FAILING.stream().map(Severity::id).toList(), Severity::of);
        return this;
    }

    /** A severity change {@code [LOCALE:]ID=LEVEL}, e.g. {@code untranslated=warning} or {@code es:missing_key=info}. */
    public CheckSettings severity(String setting) {
        parse(Setting.SEVERITY, () -> builder.severity(setting));
        return this;
    }

    /** A minimum completeness {@code [LOCALE:]PERCENT}, e.g. {@code 90} or {@code de:95}. */
    public CheckSettings minimumCompleteness(String setting) {
        parse(Setting.MINIMUM_COMPLETENESS, () -> builder.minimumCompleteness(setting));
        return this;
    }

    /** A JSON report written earlier whose findings are accepted; read by {@link #checker()}. Null: none. */
    public CheckSettings baseline(Path file) {
        this.baseline = file;
        return this;
    }

    /** The failing severity. */
    public Severity failOn() {
        return failOn;
    }

    /**
     * A report format by its id: {@code text}, {@code json}, {@code sarif} or {@code junit}.
     *
     * @throws InvalidSettingException naming {@link Setting#FORMAT} for any other text
     */
    public static ReportFormat format(String id) {
        return choice(Setting.FORMAT, id, Arrays.stream(ReportFormat.values()).map(ReportFormat::id).toList(),
                f -> ReportFormat.valueOf(f.toUpperCase(Locale.ROOT)));
    }

    /**
     * The checker of these settings.
     *
     * @throws IOException if the baseline cannot be read or is not a JSON report
     */
    public Checker checker() throws IOException {
        if (baseline != null) {
            builder.baseline(baseline);
        }
        return builder.build();
    }

    /**
     * Checks {@code paths}, or without paths the locale modules {@code loader} finds.
     *
     * @throws IOException if a path or the baseline cannot be read, or no {@code <BaseName>_<tag>.properties} bundle is found
     */
    public Report check(List<Path> paths, ClassLoader loader) throws IOException {
        Checker checker = checker();
        Report report = paths.isEmpty() ? checker.checkClassPath(loader) : checker.check(paths);
        if (report.locales().isEmpty()) {
            throw new IOException("no <BaseName>_<tag>.properties bundle found in " + (paths.isEmpty() ? "the class path" : paths));
        }
        return report;
    }

    /** One line for an I/O failure of a check, e.g. {@code messages: no such file or directory}. */
    public static String describe(Exception e) {
        if (e instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        return String.valueOf(e.getMessage());
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Setting setting, Parse<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(setting, e.getMessage());
        }
    }

    private static <T> T choice(Setting setting, String value, List<String> choices, java.util.function.Function<String, T> of) {
        String trimmed = Objects.requireNonNullElse(value, "").trim();
        if (!choices.contains(trimmed)) {
            throw new InvalidSettingException(setting, "must be one of " + String.join(", ", choices) + ", not '" + value + "'");
        }
        return of.apply(trimmed);
    }
}
