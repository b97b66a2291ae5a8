package dev.errorcatalog.spring.autoconfigure;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.jackson.BodyLocalizer;
import dev.errorcatalog.spring.FallbackRecorder;
import dev.errorcatalog.spring.web.CatalogExceptionHandler;
import dev.errorcatalog.spring.web.CatalogLocaleResolver;
import dev.errorcatalog.spring.web.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Auto-configuration for Spring MVC: the {@code localeResolver} that negotiates with the catalog and the
 * localized problem+json exception handler. Registered before Spring Boot's own MVC configuration, whose
 * locale resolver and problem-details handler then back off; each backs off itself when the application
 * defines its own.
 *
 * @since 0.1
 */
@AutoConfiguration(after = ErrorCatalogAutoConfiguration.class,
        beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public class ErrorCatalogWebMvcAutoConfiguration {

    /** Negotiates {@code Accept-Language} with the catalog's locales; a blank header gets its default locale. */
    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    @ConditionalOnMissingBean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    @ConditionalOnBooleanProperty(name = "errorcatalog.web.locale-resolver", matchIfMissing = true)
    public LocaleResolver localeResolver(ErrorCatalog catalog) {
        return new CatalogLocaleResolver(catalog);
    }

    /** Renders error items as localized problem+json. */
    @Bean
    @ConditionalOnMissingBean
    public ProblemResponses errorCatalogProblemResponses(BodyLocalizer localizer, FallbackRecorder recorder) {
        return new ProblemResponses(localizer, recorder);
    }

    /** Answers ErrorCodeException and Spring's errors that a code fits; backs off for the application's own. */
    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    @ConditionalOnBooleanProperty(name = "errorcatalog.web.problem-details", matchIfMissing = true)
    public CatalogExceptionHandler errorCatalogExceptionHandler(ErrorCatalog catalog, ProblemResponses responses) {
        return new CatalogExceptionHandler(catalog, responses);
    }
}
