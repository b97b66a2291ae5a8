package dev.errorcatalog.check;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The JUnit XML report: a test suite per locale with one test case per check, failed by its findings at or above the failing severity. */
final class JunitReport {

    private JunitReport() {
    }

    static void write(Report report, Severity failOn, Writer out) throws IOException {
        Set<String> locales = new LinkedHashSet<>();
        report.locales().forEach(s -> locales.add(s.locale()));
        report.findings().forEach(f -> locales.add(f.locale()));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int totalFailures = 0;
        StringBuilder suites = new StringBuilder();
        for (String locale : locales) {
            int failures = 0;
            StringBuilder cases = new StringBuilder();
            for (CheckId id : CheckId.values()) {
                List<Finding> all = new ArrayList<>();
                for (Finding f : report.findings()) {
                    if (f.locale().equals(locale) && f.id() == id) {
                        all.add(f);
                    }
                }
                List<Finding> failing = all.stream().filter(f -> f.severity().atLeast(failOn)).toList();
                cases.append("    <testcase classname=\"errorcatalog.check.").append(escape(locale)).append("\" name=\"")
                        .append(id.id()).append('"');
                if (all.isEmpty()) {
                    cases.append("/>\n");
                    continue;
                }
                cases.append(">\n");
                if (!failing.isEmpty()) {
                    failures++;
                    cases.append("      <failure type=\"").append(id.id()).append("\" message=\"").append(failing.size())
                            .append(failing.size() == 1 ? " finding" : " findings").append("\">").append(escape(lines(failing)))
                            .append("</failure>\n");
                }
                if (failing.size() < all.size()) {
                    List<Finding> rest = all.stream().filter(f -> !f.severity().atLeast(failOn)).toList();
                    cases.append("      <system-out>").append(escape(lines(rest))).append("</system-out>\n");
                }
                cases.append("    </testcase>\n");
            }
            totalFailures += failures;
            suites.append("  <testsuite name=\"errorcatalog.check.").append(escape(locale)).append("\" tests=\"")
                    .append(CheckId.values().length).append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n")
                    .append(cases).append("  </testsuite>\n");
        }
        xml.append("<testsuites name=\"errorcatalog check\" tests=\"").append(locales.size() * CheckId.values().length)
                .append("\" failures=\"").append(totalFailures).append("\">\n").append(suites).append("</testsuites>\n");
        out.write(xml.toString());
    }

    private static String lines(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        findings.forEach(f -> text.append(f).append('\n'));
        return text.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        out.append("\\u").append(String.format("%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
