package dev.errorcatalog.check;

import java.util.List;

/**
 * The result of a check: one summary per bundle and the findings, ordered by locale, file and line.
 *
 * @param locales one summary per checked bundle
 * @param findings every finding whose severity is not {@link Severity#NONE} and that the baseline does not accept
 * @param baselined how many findings the baseline accepted (and are therefore not listed)
 * @param warnings what went wrong around the check without being a finding of a bundle: a locale module on the
 *        class path that cannot be loaded and was skipped. Adapters show them (the command line on standard error,
 *        the Maven plugin as warnings); they never fail a check
 * @since 0.1
 */
public record Report(List<LocaleSummary> locales, List<Finding> findings, int baselined, List<String> warnings) {

    public Report {
        locales = List.copyOf(locales);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }

    /** A report without warnings. */
    public Report(List<LocaleSummary> locales, List<Finding> findings, int baselined) {
        this(locales, findings, baselined, List.of());
    }

    /** The findings at or above {@code threshold}. */
    public List<Finding> findings(Severity threshold) {
        return findings.stream().filter(f -> f.severity().atLeast(threshold)).toList();
    }

    /** Whether any finding is at or above {@code threshold}: a build should fail. */
    public boolean fails(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
