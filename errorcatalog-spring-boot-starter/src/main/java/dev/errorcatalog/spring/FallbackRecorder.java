package dev.errorcatalog.spring;

import dev.errorcatalog.ResolvedMessage;

/**
 * Told of every message the starter resolves, to count the fallbacks. The starter registers one that
 * increments a Micrometer counter when Micrometer is present; define your own bean to replace it.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface FallbackRecorder {

    /** A recorder that does nothing. */
    FallbackRecorder NONE = message -> { };

    /** Called once per resolved message, whether it is a fallback or not. */
    void record(ResolvedMessage message);
}
