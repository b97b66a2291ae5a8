package dev.errorcatalog.maven;

import dev.errorcatalog.check.CheckSettings;
import dev.errorcatalog.check.Finding;
import dev.errorcatalog.check.Report;
import dev.errorcatalog.check.ReportFormat;
import dev.errorcatalog.check.Severity;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The {@code check} goal: the bundle check of {@code errorcatalog check}, run on a locale module's own
 * bundles in its Maven build. It logs the text report, writes the {@link #formats} asked for, and fails the
 * build on findings at or above {@link #failOn}, naming the locale, key, file and line of each.
 *
 * @since 0.1
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    private static final Map<ReportFormat, String> FILE_NAMES = Map.of(ReportFormat.TEXT, "check.txt", ReportFormat.JSON, "check.json",
            ReportFormat.SARIF, "check.sarif", ReportFormat.JUNIT, "TEST-errorcatalog-check.xml");

    /** Directories, locale module jars or bundle files to check; by default the project's {@code src/main/resources}. */
    @Parameter
    List<File> paths;

    /** The project's directory, for the default of {@link #paths}. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** Take the expected keys and source texts from the bundle of this locale beside each bundle, not from the catalog. */
    @Parameter(property = "errorcatalog.sourceLocale")
    String sourceLocale;

    /** Fail on findings at or above this severity: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "errorcatalog.failOn", defaultValue = "error")
    String failOn = "error";

    /** Severity changes, each {@code [LOCALE:]ID=LEVEL}, e.g. {@code untranslated=warning}, {@code es:missing_key=info}. */
    @Parameter
    List<String> severities;

    /** Minimum completeness settings, each {@code [LOCALE:]PERCENT}, e.g. {@code 90} or {@code de:95}. */
    @Parameter
    List<String> minimumCompleteness;

    /** A JSON report written earlier whose findings are accepted; new findings still count. */
    @Parameter(property = "errorcatalog.baseline")
    File baseline;

    /** Report files to write into {@link #outputDirectory}: {@code text}, {@code json}, {@code sarif}, {@code junit}. */
    @Parameter
    List<String> formats;

    /** Where the report files go. */
    @Parameter(defaultValue = "${project.build.directory}/errorcatalog")
    File outputDirectory;

    /** Skip the check. */
    @Parameter(property = "errorcatalog.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("errorcatalog check skipped (errorcatalog.skip)");
            return;
        }
        List<Path> inputs = paths == null || paths.isEmpty()
                ? List.of(basedir.toPath().resolve("src/main/resources"))
                : paths.stream().map(file -> file.toPath().normalize()).toList();
        CheckSettings settings = new CheckSettings();
        List<ReportFormat> reportFormats = new ArrayList<>();
        try {
            settings.sourceLocale(sourceLocale).failOn(failOn).baseline(baseline == null ? null : baseline.toPath());
            nonNull(severities).forEach(settings::severity);
            nonNull(minimumCompleteness).forEach(settings::minimumCompleteness);
            nonNull(formats).forEach(format -> reportFormats.add(CheckSettings.format(format)));
        } catch (CheckSettings.InvalidSettingException e) {
            throw new MojoExecutionException("errorcatalog check: " + e.setting().parameter() + ": " + e.getMessage());
        }
        Severity threshold = settings.failOn();
        Report report;
        try {
            report = settings.check(inputs, getClass().getClassLoader());
            report.warnings().forEach(warning -> getLog().warn("errorcatalog check: " + warning));
            StringWriter text = new StringWriter();
            ReportFormat.TEXT.write(report, threshold, text);
            text.toString().lines().forEach(getLog()::info);
            for (ReportFormat format : reportFormats) {
                Path file = outputDirectory.toPath().resolve(FILE_NAMES.get(format));
                Files.createDirectories(file.getParent());
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    format.write(report, threshold, out);
                }
                getLog().info("errorcatalog check: " + format.id() + " report written to " + file);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("errorcatalog check: " + CheckSettings.describe(e), e);
        }
        List<Finding> failing = report.findings(threshold);
        if (!failing.isEmpty()) {
            StringBuilder message = new StringBuilder("errorcatalog check: ").append(failing.size()).append(" finding")
                    .append(failing.size() == 1 ? "" : "s").append(" at or above ").append(threshold.id()).append(':');
            for (Finding finding : failing) {
                message.append("\n  ").append(finding.locale()).append(": ").append(finding);
            }
            throw new MojoFailureException(message.toString());
        }
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }
}
