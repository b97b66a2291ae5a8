package dev.errorcatalog.messages.en;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.spi.PropertiesMessageProvider;
import java.io.InputStream;
import java.util.Locale;

/**
 * The English messages of the error catalog, from {@code messages_en.properties} in this package.
 *
 * @since 0.1
 */
public final class EnglishMessages extends PropertiesMessageProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public EnglishMessages() {
        super(Locale.ENGLISH, ErrorCatalog.CATALOG_VERSION);
    }

    @Override
    protected InputStream openBundle() {
        return EnglishMessages.class.getResourceAsStream("messages_en.properties");
    }
}
