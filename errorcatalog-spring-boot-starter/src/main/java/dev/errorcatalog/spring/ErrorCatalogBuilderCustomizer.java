package dev.errorcatalog.spring;

import dev.errorcatalog.ErrorCatalog;

/**
 * A bean that adjusts the {@link ErrorCatalog.Builder} before the starter builds the catalog bean, for
 * settings the {@code errorcatalog.*} properties do not cover. Applied after the properties, in order.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ErrorCatalogBuilderCustomizer {

    /** Adjusts the builder. */
    void customize(ErrorCatalog.Builder builder);
}
