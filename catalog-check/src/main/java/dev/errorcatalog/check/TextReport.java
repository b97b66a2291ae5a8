package dev.errorcatalog.check;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text report: a completeness table, then the findings grouped by locale. */
final class TextReport {

    private TextReport() {
    }

    static void write(Report report, Severity failOn, Writer out) throws IOException {
        int width = Math.max(4, report.locales().stream().mapToInt(s -> s.file().length()).max().orElse(4));
        out.write(String.format(Locale.ROOT, "%-8s %-" + width + "s %6s %10s %9s%n", "Locale", "File", "Keys", "Translated", "Complete"));
        for (LocaleSummary s : report.locales()) {
            out.write(String.format(Locale.ROOT, "%-8s %-" + width + "s %6d %10d %8.1f%%%s%n", s.locale(), s.file(), s.keys(),
                    s.translated(), s.completeness(), s.parent() == null ? "" : "  (" + s.inherited() + " from " + s.parent() + ")"));
        }
        Map<String, List<Finding>> byLocale = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            byLocale.computeIfAbsent(finding.locale(), l -> new java.util.ArrayList<>()).add(finding);
        }
        for (Map.Entry<String, List<Finding>> group : byLocale.entrySet()) {
            out.write(System.lineSeparator() + group.getKey() + ": " + counts(group.getValue()) + System.lineSeparator());
            for (Finding finding : group.getValue()) {
                out.write("  " + finding + System.lineSeparator());
            }
        }
        out.write(System.lineSeparator() + (report.findings().isEmpty() ? "No findings" : counts(report.findings()))
                + (report.baselined() > 0 ? " (" + report.baselined() + " accepted by the baseline)" : "")
                + "; " + report.findings(failOn).size() + " at or above " + failOn.id() + "." + System.lineSeparator());
    }

    private static String counts(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            long count = findings.stream().filter(f -> f.severity() == severity).count();
            if (count > 0) {
                text.append(text.length() > 0 ? ", " : "").append(count).append(' ').append(severity.id()).append(count == 1 ? "" : "s");
            }
        }
        return text.toString();
    }
}
