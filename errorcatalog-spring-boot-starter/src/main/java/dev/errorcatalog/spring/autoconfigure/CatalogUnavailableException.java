package dev.errorcatalog.spring.autoconfigure;

import dev.errorcatalog.spring.ErrorCatalogProperties;
import java.util.Locale;

/** The catalog bean could not be built: no locale module, or none for the configured default locale. */
final class CatalogUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Locale defaultLocale;

    CatalogUnavailableException(ErrorCatalogProperties properties, IllegalStateException cause) {
        super("The error catalog could not be built: " + cause.getMessage(), cause);
        this.defaultLocale = properties.getDefaultLocale();
    }

    Locale defaultLocale() {
        return defaultLocale;
    }
}
