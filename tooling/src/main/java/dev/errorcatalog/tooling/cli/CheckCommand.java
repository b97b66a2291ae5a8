package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.check.CheckId;
import dev.errorcatalog.check.Checker;
import dev.errorcatalog.check.Report;
import dev.errorcatalog.check.ReportFormat;
import dev.errorcatalog.check.Severity;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code check [PATH...]}: the coverage and quality check of locale bundles. */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "check locale bundles for missing keys, broken patterns and more";
    }

    @Override
    public String help() {
        return """
                Usage: errorcatalog check [PATH...] [--source-locale TAG] [--format text|json|sarif|junit]
                                          [--output FILE] [--baseline FILE] [--fail-on error|warning|info]
                                          [--severity [LOCALE:]ID=LEVEL]... [--min-completeness [LOCALE:]PERCENT]...

                Checks locale bundles the way a localization team would: every key the catalog declares is
                there and no other, each message is a valid ICU pattern with the declared arguments and the
                plural categories its locale needs, it is translated, and the file is clean UTF-8.

                  PATH                      a directory (searched for <BaseName>_<tag>.properties), a locale
                                            module's jar, or one bundle file. Without PATH: the locale modules
                                            on the class path (en, es, de in errorcatalog.jar)
                  --source-locale TAG       take the expected keys, arguments and source texts from the
                                            <BaseName>_<TAG>.properties beside each bundle instead of the catalog
                  --format FORMAT           text (default): completeness table, then findings by locale;
                                            json: {"schemaVersion": 1, "locales", "findings"} (see README);
                                            sarif: SARIF 2.1.0 for code scanning; junit: JUnit XML
                  --output FILE             write the report to FILE instead of standard output
                  --baseline FILE           accept the findings recorded in FILE, a report written earlier with
                                            --format json; new findings still count
                  --fail-on LEVEL           exit 1 on findings at or above LEVEL (default: error)
                  --severity [LOCALE:]ID=LEVEL
                                            change a check's severity (error, warning, info, none = off),
                                            for every locale or one, e.g. untranslated=warning, es:missing_key=info
                  --min-completeness [LOCALE:]PERCENT
                                            fail (completeness_below_minimum) below this share of translated keys

                Check ids: %s.
                Messages equal to the source are accepted for the keys listed, one per line, in
                <BaseName>_<tag>.untranslated.txt beside the bundle.

                Exit codes: 0 no finding at or above the failing severity, 1 findings, 2 usage or I/O error.
                """.formatted(String.join(", ", Arrays.stream(CheckId.values()).map(CheckId::id).toList()));
    }

    @Override
    public int run(List<String> args, PrintWriter out, PrintWriter err) throws UsageException {
        Options options = Options.parse("check", args,
                Set.of("--source-locale", "--format", "--output", "--baseline", "--fail-on"), Set.of("--severity", "--min-completeness"));
        ReportFormat format = ReportFormat.valueOf(options.choice("check", "--format", "text", List.of("text", "json", "sarif", "junit"))
                .toUpperCase(Locale.ROOT));
        Severity failOn = Severity.of(options.choice("check", "--fail-on", "error", List.of("error", "warning", "info")));
        Checker.Builder builder = Checker.builder();
        if (options.value("--source-locale") != null) {
            builder.sourceLocale(Catalogs.locale("check", options.value("--source-locale")));
        }
        for (String severity : options.values("--severity")) {
            try {
                builder.severity(severity);
            } catch (IllegalArgumentException e) {
                throw new UsageException("check: --severity " + e.getMessage());
            }
        }
        for (String minimum : options.values("--min-completeness")) {
            try {
                builder.minimumCompleteness(minimum);
            } catch (IllegalArgumentException e) {
                throw new UsageException("check: --min-completeness " + e.getMessage());
            }
        }
        List<Path> paths = new ArrayList<>();
        for (String path : options.positionals()) {
            paths.add(Path.of(path));
        }
        try {
            if (options.value("--baseline") != null) {
                builder.baseline(Path.of(options.value("--baseline")));
            }
            Checker checker = builder.build();
            Report report = paths.isEmpty() ? checker.checkClassPath(CheckCommand.class.getClassLoader()) : checker.check(paths);
            if (report.locales().isEmpty()) {
                throw new UsageException("check: no <BaseName>_<tag>.properties bundle found in " + (paths.isEmpty() ? "the class path" : paths));
            }
            String output = options.value("--output");
            if (output == null) {
                format.write(report, failOn, out);
            } else {
                try (Writer file = new OutputStreamWriter(Files.newOutputStream(Path.of(output)), StandardCharsets.UTF_8)) {
                    format.write(report, failOn, file);
                }
                int failing = report.findings(failOn).size();
                err.println("errorcatalog check: " + report.findings().size() + " findings, " + failing + " at or above "
                        + failOn.id() + "; report written to " + output);
            }
            return report.fails(failOn) ? ExitCode.FINDINGS : ExitCode.OK;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UsageException("check: " + message(e));
        }
    }

    private static String message(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        return String.valueOf(e.getMessage());
    }
}
