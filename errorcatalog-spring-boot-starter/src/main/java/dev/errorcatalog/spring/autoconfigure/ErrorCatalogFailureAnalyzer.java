package dev.errorcatalog.spring.autoconfigure;

import java.util.Set;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed because the catalog could not be built, and names the fix: which locale
 * module to add, or which property to change.
 *
 * @since 0.1
 */
public final class ErrorCatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogUnavailableException> {

    /** The languages this release ships a locale module for, as {@code dev.errorcatalog:messages-<language>}. */
    private static final Set<String> SHIPPED = Set.of("en", "es", "de");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CatalogUnavailableException cause) {
        String tag = cause.defaultLocale().toLanguageTag();
        String language = cause.defaultLocale().getLanguage();
        String add = SHIPPED.contains(language)
                ? "Add dev.errorcatalog:messages-" + language + " to your dependencies (the locale module of the default locale "
                        + tag + ")"
                : "Add a locale module for " + tag + " (a jar providing dev.errorcatalog.spi.MessageProvider for it; see"
                        + " \"Adding a locale module\" in the Error Catalog README)";
        return new FailureAnalysis(cause.getCause().getMessage(),
                add + ", or set errorcatalog.default-locale to the locale of a module you ship. This release ships"
                        + " dev.errorcatalog:messages-en, messages-es and messages-de.",
                cause);
    }
}
