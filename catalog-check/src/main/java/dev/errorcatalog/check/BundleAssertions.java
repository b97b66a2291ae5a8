package dev.errorcatalog.check;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Assertions for a locale module's own tests (JUnit 5 or any framework that fails on {@link AssertionError}).
 *
 * <pre>{@code
 * @Test
 * void bundleIsClean() {
 *     BundleAssertions.assertClean(Path.of("src/main/resources"));
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class BundleAssertions {

    private BundleAssertions() {
    }

    /** Fails if the default {@link Checker} finds an error in the bundles of {@code paths}. */
    public static Report assertClean(Path... paths) {
        return assertClean(Checker.builder().build(), Severity.ERROR, paths);
    }

    /**
     * Fails if {@code checker} finds anything at or above {@code failOn} in the bundles of {@code paths}; the
     * message lists each such finding with its file, line, locale and key.
     *
     * @return the report, for further assertions
     */
    public static Report assertClean(Checker checker, Severity failOn, Path... paths) {
        Report report;
        try {
            report = checker.check(List.of(paths));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + List.of(paths) + ": " + e.getMessage(), e);
        }
        List<Finding> failing = report.findings(failOn);
        if (!failing.isEmpty()) {
            StringWriter text = new StringWriter();
            text.write(failing.size() + " bundle finding(s) at or above " + failOn.id() + ":\n");
            failing.forEach(f -> text.write("  " + f.locale() + " " + f + "\n"));
            throw new AssertionError(text.toString());
        }
        return report;
    }
}
