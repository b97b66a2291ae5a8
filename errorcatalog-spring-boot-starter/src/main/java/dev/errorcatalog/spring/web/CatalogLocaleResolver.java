package dev.errorcatalog.spring.web;

import dev.errorcatalog.ErrorCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A Spring MVC {@link LocaleResolver} that negotiates the request's {@code Accept-Language} with the
 * catalog's installed locales ({@link ErrorCatalog#negotiate(String)}): {@code de-CH} gets {@code de}, and a
 * blank, missing, malformed or unmatched header gets the catalog's default locale, never the JVM's. The
 * result is always an installed locale, so the whole response can be in one language.
 *
 * <p>The locale cannot be changed per request; define your own {@code localeResolver} bean for that (the
 * starter's then backs off).
 *
 * @since 0.1
 */
public class CatalogLocaleResolver implements LocaleResolver {

    private final ErrorCatalog catalog;

    /** A resolver that negotiates with {@code catalog}'s locales. */
    public CatalogLocaleResolver(ErrorCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return catalog.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The locale follows the Accept-Language header and cannot be changed;"
                + " define a bean named 'localeResolver' of your own to let users choose it");
    }
}
