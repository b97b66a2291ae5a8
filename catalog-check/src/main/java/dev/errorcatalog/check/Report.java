package dev.errorcatalog.check;

import java.util.List;

/**
 * The result of a check: one summary per bundle and the findings, ordered by locale, file and line.
 *
 * @param locales one summary per checked bundle
 * @param findings every finding whose severity is not {@link Severity#NONE} and that the baseline does not accept
 * @param baselined how many findings the baseline accepted (and are therefore not listed)
 * @since 0.1
 */
public record Report(List<LocaleSummary> locales, List<Finding> findings, int baselined) {

    public Report {
        locales = List.copyOf(locales);
        findings = List.copyOf(findings);
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
