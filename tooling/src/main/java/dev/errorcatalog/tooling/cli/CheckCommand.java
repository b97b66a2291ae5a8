package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.check.CheckId;
import dev.errorcatalog.check.CheckSettings;
import dev.errorcatalog.check.Report;
import dev.errorcatalog.check.ReportFormat;
import dev.errorcatalog.check.Severity;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check [PATH...]}: the coverage and quality check of locale bundles, over {@link CheckSettings}. */
@Command(name = "check",
        description = "Checks locale bundles the way a localization team would: every key the catalog declares is "
                + "there and no other, each message is a valid ICU pattern with the declared arguments and the "
                + "plural categories its locale needs, it is translated, and the file is clean UTF-8.",
        customSynopsis = {"errorcatalog check [PATH...] [--source-locale TAG] [--format text|json|sarif|junit]",
            "                          [--output FILE] [--baseline FILE | --write-baseline FILE]",
            "                          [--fail-on error|warning|info] [--severity [LOCALE:]ID=LEVEL]...",
            "                          [--min-completeness [LOCALE:]PERCENT]..."},
        footer = {"", "--format text (default): completeness table, then findings by locale; json: {\"schemaVersion\": 1,",
            "\"locales\", \"findings\"} (see README); sarif: SARIF 2.1.0 for code scanning; junit: JUnit XML.", "",
            "Check ids: (listed here at run time)",
            "Messages equal to the source are accepted for the keys listed, one per line, in",
            "<BaseName>_<tag>.untranslated.txt beside the bundle.", "",
            "Exit codes: 0 no finding at or above the failing severity (always with --write-baseline),",
            "1 findings, 2 usage or I/O error, 3 internal error."})
final class CheckCommand extends CliCommand {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "a directory (searched for <BaseName>_<tag>.properties), a locale module's jar, or one bundle"
                    + " file. Without PATH: the locale modules on the class path (en, es, de in errorcatalog.jar)")
    List<String> paths = new ArrayList<>();

    @Option(names = "--source-locale", paramLabel = "TAG",
            description = "take the expected keys, arguments and source texts from the <BaseName>_<TAG>.properties "
                    + "beside each bundle instead of the catalog")
    String sourceLocale;

    @Option(names = "--output", paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    String output;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "accept the findings recorded in FILE, a report written earlier with --format json or "
                    + "--write-baseline; new findings still count")
    String baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "write every current finding to FILE as a baseline (a JSON report; --baseline is ignored) and"
                    + " exit 0")
    String writeBaseline;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "exit 1 on findings at or above LEVEL (default: error)")
    String failOn = "error";

    @Option(names = "--severity", paramLabel = "[LOCALE:]ID=LEVEL",
            description = "change a check's severity (error, warning, info, none = off), for every locale or one, e.g. "
                    + "untranslated=warning, es:missing_key=info")
    List<String> severities = new ArrayList<>();

    @Option(names = "--min-completeness", paramLabel = "[LOCALE:]PERCENT",
            description = "fail (completeness_below_minimum) below this share of translated keys")
    List<String> minimums = new ArrayList<>();

    /** The help lists every check id, from {@link CheckId} itself. */
    @Override
    void describe(UsageMessageSpec usage) {
        String ids = "Check ids: " + String.join(", ", Arrays.stream(CheckId.values()).map(CheckId::id).toList()) + ".";
        usage.footer(Arrays.stream(usage.footer()).map(line -> line.startsWith("Check ids: ") ? ids : line).toArray(String[]::new));
    }

    @Override
    int run() throws UsageException {
        ReportFormat format = ReportFormat.valueOf(format(Arrays.stream(ReportFormat.values()).map(ReportFormat::id).toList())
                .toUpperCase(java.util.Locale.ROOT));
        CheckSettings settings = new CheckSettings();
        List<Path> inputs = new ArrayList<>();
        try {
            settings.sourceLocale(sourceLocale).failOn(failOn).baseline(writeBaseline == null ? path(baseline) : null);
            severities.forEach(settings::severity);
            minimums.forEach(settings::minimumCompleteness);
            for (String path : paths) {
                inputs.add(path(path));
            }
        } catch (CheckSettings.InvalidSettingException e) {
            throw usage(e.setting().option() + " " + e.getMessage());
        }
        Severity failing = settings.failOn();
        try {
            Report report = settings.check(inputs, CheckCommand.class.getClassLoader());
            report.warnings().forEach(warning -> err().println("errorcatalog check: warning: " + warning));
            if (writeBaseline != null) {
                write(report, ReportFormat.JSON, failing, Path.of(writeBaseline));
                err().println("errorcatalog check: baseline of " + report.findings().size() + " findings written to " + writeBaseline);
                return ExitCode.OK;
            }
            if (output == null) {
                format.write(report, failing, out());
            } else {
                write(report, format, failing, Path.of(output));
                err().println("errorcatalog check: " + report.findings().size() + " findings, " + report.findings(failing).size()
                        + " at or above " + failing.id() + "; report written to " + output);
            }
            return report.fails(failing) ? ExitCode.FINDINGS : ExitCode.OK;
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            throw usage(e instanceof InvalidPathException ? e.getMessage() : CheckSettings.describe(e));
        }
    }

    private Path path(String path) throws UsageException {
        try {
            return path == null ? null : Path.of(path);
        } catch (InvalidPathException e) {
            throw usage(e.getMessage());
        }
    }

    private static void write(Report report, ReportFormat format, Severity failing, Path file) throws IOException {
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            format.write(report, failing, out);
        }
    }
}
