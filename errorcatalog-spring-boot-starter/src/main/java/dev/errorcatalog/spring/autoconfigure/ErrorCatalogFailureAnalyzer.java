package dev.errorcatalog.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed because the catalog could not be built, and names the fix: which locale
 * module to add, or which property to change.
 *
 * @since 0.1
 */
public final class ErrorCatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CatalogUnavailableException cause) {
        String tag = cause.defaultLocale().toLanguageTag();
        String module = "dev.errorcatalog:messages-" + cause.defaultLocale().getLanguage();
        return new FailureAnalysis(cause.getCause().getMessage(),
                "Add the locale module of the default locale " + tag + " (" + module + ", or another module for "
                        + tag + ") to your dependencies, or set errorcatalog.default-locale to the locale of a module you"
                        + " ship. Locale modules of this release: dev.errorcatalog:messages-en, messages-es, messages-de.",
                cause);
    }
}
