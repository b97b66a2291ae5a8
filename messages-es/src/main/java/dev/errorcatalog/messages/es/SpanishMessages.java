package dev.errorcatalog.messages.es;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.spi.PropertiesMessageProvider;
import java.io.InputStream;
import java.util.Locale;

/**
 * The Spanish messages of the error catalog, from {@code messages_es.properties} in this package.
 *
 * @since 0.1
 */
public final class SpanishMessages extends PropertiesMessageProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public SpanishMessages() {
        super(Locale.forLanguageTag("es"), ErrorCatalog.CATALOG_VERSION);
    }

    @Override
    protected InputStream openBundle() {
        return SpanishMessages.class.getResourceAsStream("messages_es.properties");
    }
}
