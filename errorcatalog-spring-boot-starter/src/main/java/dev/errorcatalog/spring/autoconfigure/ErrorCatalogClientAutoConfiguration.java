package dev.errorcatalog.spring.autoconfigure;

import dev.errorcatalog.jackson.BodyLocalizer;
import dev.errorcatalog.spring.ErrorCatalogProperties;
import dev.errorcatalog.spring.FallbackRecorder;
import dev.errorcatalog.spring.client.LocalizingRestClientInterceptor;
import dev.errorcatalog.spring.client.LocalizingWebClientFilter;
import dev.errorcatalog.spring.client.ResponseLocalization;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration for services that call SignalWire: every {@code RestClient.Builder} (and, where
 * WebFlux is present, {@code WebClient.Builder}) that Spring Boot configures localizes SignalWire error
 * bodies on their way in. Off with {@code errorcatalog.client.localize-responses=false}.
 *
 * @since 0.1
 */
@AutoConfiguration(after = ErrorCatalogAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.http.client.ClientHttpRequestInterceptor")
@ConditionalOnBooleanProperty(name = "errorcatalog.client.localize-responses", matchIfMissing = true)
public class ErrorCatalogClientAutoConfiguration {

    /** Which responses are localized, and in which language. */
    @Bean
    @ConditionalOnMissingBean
    public ResponseLocalization errorCatalogResponseLocalization(BodyLocalizer localizer, FallbackRecorder recorder,
            ErrorCatalogProperties properties) {
        ErrorCatalogProperties.Client client = properties.getClient();
        return new ResponseLocalization(localizer, recorder, client.getHosts(), client.getMaxBodySize().toBytes());
    }

    /** The RestClient part. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RestClientCustomizer.class)
    static class RestClientConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "errorCatalogRestClientCustomizer")
        RestClientCustomizer errorCatalogRestClientCustomizer(ResponseLocalization localization) {
            LocalizingRestClientInterceptor interceptor = new LocalizingRestClientInterceptor(localization);
            return builder -> builder.requestInterceptor(interceptor);
        }
    }

    /** The WebClient part, where WebFlux is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({WebClientCustomizer.class, org.springframework.web.reactive.function.client.WebClient.class})
    static class WebClientConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "errorCatalogWebClientCustomizer")
        WebClientCustomizer errorCatalogWebClientCustomizer(ResponseLocalization localization) {
            LocalizingWebClientFilter filter = new LocalizingWebClientFilter(localization);
            return builder -> builder.filter(filter);
        }
    }
}
