package dev.errorcatalog.messages.pseudo;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.spi.PropertiesMessageProvider;
import java.io.InputStream;
import java.util.Locale;

/**
 * The pseudo-locale ar-XB (right to left, with bidi marks), generated from the English messages; served only by a catalog built
 * with {@code ErrorCatalog.builder().pseudoLocales(true)}.
 *
 * @since 0.2
 */
public final class BidiPseudoMessages extends PropertiesMessageProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public BidiPseudoMessages() {
        super(Locale.forLanguageTag("ar-XB"), ErrorCatalog.CATALOG_VERSION);
    }

    @Override
    protected InputStream openBundle() {
        return BidiPseudoMessages.class.getResourceAsStream("messages_ar_XB.properties");
    }
}
