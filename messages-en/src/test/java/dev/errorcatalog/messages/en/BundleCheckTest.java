package dev.errorcatalog.messages.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.check.BundleAssertions;
import dev.errorcatalog.check.LocaleSummary;
import dev.errorcatalog.check.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The English bundle checks itself in this module's own build, the way any locale module can: every code of the
 * catalog and nothing else, valid patterns with the declared arguments, translated, clean UTF-8. A finding fails
 * here with its locale, file, line and key, before any module that uses this one is built.
 */
class BundleCheckTest {

    @Test
    void bundleIsCompleteAndClean() {
        Report report = BundleAssertions.assertClean(Path.of("src", "main", "resources"));
        assertEquals(List.of("en"), report.locales().stream().map(LocaleSummary::locale).toList(), "one bundle, of this locale");
        assertEquals(100.0, report.locales().get(0).completeness());
        assertEquals(List.of(), report.warnings(), "the English source texts are found, so untranslated messages are caught");
    }
}
