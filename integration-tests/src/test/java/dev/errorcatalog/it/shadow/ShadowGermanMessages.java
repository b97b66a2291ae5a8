package dev.errorcatalog.it.shadow;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.spi.MessageProvider;
import java.util.Locale;
import java.util.Map;

/** A second German locale module, registered only in the child JVM of the duplicate-provider test. */
public final class ShadowGermanMessages implements MessageProvider {

    @Override
    public Locale locale() {
        return Locale.GERMAN;
    }

    @Override
    public String catalogVersion() {
        return ErrorCatalog.CATALOG_VERSION;
    }

    @Override
    public Map<String, String> messages() {
        return Map.of("invalid_number_format", "SHADOW");
    }
}
