package dev.errorcatalog;

/**
 * What {@link ErrorCatalog#resolve(String, java.util.Locale, java.util.Map) resolve} does when it cannot
 * give exactly the message asked for.
 *
 * @since 0.1
 */
public enum MissingMessagePolicy {
    /**
     * Never throw: fall back along the locale chain to the default locale, then to a generic message, and
     * report it in {@link ResolvedMessage#fallback()}. The default, for production.
     */
    FALLBACK,
    /**
     * Throw {@link MessageResolutionException} whenever the result would be a {@linkplain Fallback
     * fallback}, and on arguments the message does not declare. For tests and CI.
     */
    STRICT
}
