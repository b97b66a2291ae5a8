package dev.errorcatalog.spi;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * A locale module: supplies the ICU message patterns of one locale.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}. Register the implementation both
 * in {@code META-INF/services/dev.errorcatalog.spi.MessageProvider} (class path) and with
 * {@code provides dev.errorcatalog.spi.MessageProvider with …} in {@code module-info.java} (module
 * path). Most locale modules extend {@link PropertiesMessageProvider} and need nothing else.
 *
 * <p>An {@link dev.errorcatalog.ErrorCatalog} reads each provider once, when it is built. A provider
 * whose constructor, {@link #catalogVersion()} or {@link #messages()} throws, or whose {@code messages()}
 * returns {@code null}, is skipped with a warning; the others still load.
 *
 * @since 0.1
 */
public interface MessageProvider {

    /** The locale whose messages this provider supplies, e.g. {@code Locale.GERMAN}. */
    Locale locale();

    /**
     * The {@linkplain dev.errorcatalog.ErrorCatalog#CATALOG_VERSION catalog version} the messages were
     * written for. A mismatch is reported as a warning: codes added since then fall back.
     */
    String catalogVersion();

    /**
     * The message patterns, keyed by {@linkplain dev.errorcatalog.MessageKey message key}. Patterns use
     * ICU {@code MessageFormat} syntax with apostrophe mode {@code DOUBLE_OPTIONAL}.
     *
     * @throws IOException if the messages cannot be read
     */
    Map<String, String> messages() throws IOException;
}
