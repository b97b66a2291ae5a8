package dev.errorcatalog.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.check.BundleAssertions;
import dev.errorcatalog.check.LocaleSummary;
import dev.errorcatalog.check.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI gate: the bundle check over the sources of every locale module of the reactor, against the
 * catalog's codes. Any error fails {@code mvn verify} with the locale, file, line and key of each finding.
 */
class LocaleBundlesCheckTest {

    private static final List<String> MODULES = List.of("messages-en", "messages-es", "messages-de");

    @Test
    void everyLocaleModuleIsCompleteAndClean() {
        Path[] resources = MODULES.stream().map(m -> Path.of("..", m, "src", "main", "resources")).toArray(Path[]::new);
        Report report = BundleAssertions.assertClean(resources);
        assertEquals(List.of("de", "en", "es"), report.locales().stream().map(LocaleSummary::locale).sorted().toList(),
                "each locale module has exactly one bundle");
    }
}
