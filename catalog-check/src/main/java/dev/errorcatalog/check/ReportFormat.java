package dev.errorcatalog.check;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The formats a {@link Report} can be written in.
 *
 * @since 0.1
 */
public enum ReportFormat {
    /** A completeness table, then the findings grouped by locale: for people. */
    TEXT,
    /** JSON, schema version 1: {@code {"schemaVersion", "locales": [...], "findings": [...]}}. Also a baseline file. */
    JSON,
    /** SARIF 2.1.0, for code-scanning annotations on the exact line. */
    SARIF,
    /** JUnit XML: one test case per locale and check, failed by findings at or above the failing severity. */
    JUNIT;

    /** The lower-case name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes {@code report}.
     *
     * @param failOn the failing severity: findings at or above it are errors of the report
     */
    public void write(Report report, Severity failOn, Writer out) throws IOException {
        switch (this) {
            case TEXT -> TextReport.write(report, failOn, out);
            case JSON -> JsonReport.write(report, out);
            case SARIF -> SarifReport.write(report, failOn, out);
            case JUNIT -> JunitReport.write(report, failOn, out);
        }
        out.flush();
    }
}
