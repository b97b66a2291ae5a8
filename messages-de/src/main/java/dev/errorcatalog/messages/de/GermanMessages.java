package dev.errorcatalog.messages.de;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.spi.PropertiesMessageProvider;
import java.io.InputStream;
import java.util.Locale;

/**
 * The German messages of the error catalog, from {@code messages_de.properties} in this package.
 *
 * @since 0.1
 */
public final class GermanMessages extends PropertiesMessageProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public GermanMessages() {
        super(Locale.GERMAN, ErrorCatalog.CATALOG_VERSION);
    }

    @Override
    protected InputStream openBundle() {
        return GermanMessages.class.getResourceAsStream("messages_de.properties");
    }
}
