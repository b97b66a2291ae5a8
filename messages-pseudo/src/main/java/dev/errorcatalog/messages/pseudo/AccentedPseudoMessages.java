package dev.errorcatalog.messages.pseudo;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.spi.PropertiesMessageProvider;
import java.io.InputStream;
import java.util.Locale;

/**
 * The pseudo-locale en-XA (accented, about 30 % longer and bracketed), generated from the English messages; served only by a catalog built
 * with {@code ErrorCatalog.builder().pseudoLocales(true)}.
 *
 * @since 0.2
 */
public final class AccentedPseudoMessages extends PropertiesMessageProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public AccentedPseudoMessages() {
        super(Locale.forLanguageTag("en-XA"), ErrorCatalog.CATALOG_VERSION);
    }

    @Override
    protected InputStream openBundle() {
        return AccentedPseudoMessages.class.getResourceAsStream("messages_en_XA.properties");
    }
}
