package dev.errorcatalog.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.check.Checker;
import dev.errorcatalog.check.LocaleSummary;
import dev.errorcatalog.check.Report;
import dev.errorcatalog.check.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The gate over every locale module of the reactor together, as the catalog finds them on the class path (they
 * come through tooling's dependencies, the one list of them). Each module also checks itself in its own build.
 */
class LocaleBundlesCheckTest {

    @Test
    void everyLocaleModuleOnTheClassPathIsCompleteAndClean() throws IOException {
        Report report = Checker.builder().build().checkClassPath(getClass().getClassLoader());
        assertEquals(List.of(), report.findings(Severity.ERROR));
        assertEquals(List.of(), report.warnings());
        List<String> installed = ErrorCatalog.create().locales().stream().map(Locale::toLanguageTag).sorted().toList();
        assertEquals(installed, report.locales().stream().map(LocaleSummary::locale).sorted().toList(),
                "each locale module the catalog loads has exactly one bundle, and the checker finds it");
    }
}
