package dev.errorcatalog.spring;

import dev.errorcatalog.Fallback;
import java.util.Locale;

/**
 * Told of every message the starter resolves (error responses, the message source, localized client
 * bodies), to count the fallbacks. The starter registers one that increments a Micrometer counter when
 * Micrometer is present; define your own bean to replace it.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface FallbackRecorder {

    /** A recorder that does nothing. */
    FallbackRecorder NONE = (reason, served) -> { };

    /**
     * Called once per resolved message, also when it is not a fallback.
     *
     * @param reason whether, and why, the message is not exactly what was asked for
     * @param served the locale the text is in
     */
    void record(Fallback reason, Locale served);
}
