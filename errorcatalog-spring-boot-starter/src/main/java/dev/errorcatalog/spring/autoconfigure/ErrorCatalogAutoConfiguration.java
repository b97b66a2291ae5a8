package dev.errorcatalog.spring.autoconfigure;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.jackson.BodyLocalizer;
import dev.errorcatalog.spi.MessageProvider;
import dev.errorcatalog.spring.CatalogMessageSource;
import dev.errorcatalog.spring.ErrorCatalogBuilderCustomizer;
import dev.errorcatalog.spring.ErrorCatalogProperties;
import dev.errorcatalog.spring.FallbackRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration of the {@link ErrorCatalog} bean, the catalog's {@link MessageSource} and the fallback
 * counter. Each bean backs off when the application defines its own.
 *
 * @since 0.1
 */
@AutoConfiguration(after = MessageSourceAutoConfiguration.class)
@EnableConfigurationProperties(ErrorCatalogProperties.class)
public class ErrorCatalogAutoConfiguration {

    static final String MESSAGE_SOURCE = "messageSource";

    /**
     * The catalog, built from the properties, the {@link MessageProvider} beans (first, in order), the locale
     * modules found by the application's class loader and the {@link ErrorCatalogBuilderCustomizer} beans.
     */
    @Bean
    @ConditionalOnMissingBean
    public ErrorCatalog errorCatalog(ErrorCatalogProperties properties, ObjectProvider<MessageProvider> providers,
            ObjectProvider<ErrorCatalogBuilderCustomizer> customizers, ResourceLoader resourceLoader) {
        ErrorCatalog.Builder builder = ErrorCatalog.builder()
                .defaultLocale(properties.getDefaultLocale())
                .missingMessagePolicy(properties.getMissingMessagePolicy())
                .discoverProviders(properties.isDiscoverProviders());
        if (resourceLoader.getClassLoader() != null) {
            builder.classLoader(resourceLoader.getClassLoader());
        }
        providers.orderedStream().forEach(builder::addProvider);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw new CatalogUnavailableException(properties, e);
        }
    }

    /**
     * The body localizer and problem renderer of catalog-jackson, with the {@code errorcatalog.problem-type},
     * {@code single-language} and {@code client.keep-original} settings.
     */
    @Bean
    @ConditionalOnMissingBean
    public BodyLocalizer errorCatalogBodyLocalizer(ErrorCatalog catalog, ErrorCatalogProperties properties) {
        BodyLocalizer.Builder builder = BodyLocalizer.builder(catalog)
                .problemType(properties.getProblemType())
                .singleLanguage(properties.isSingleLanguage());
        String keepOriginal = properties.getClient().getKeepOriginal();
        if (keepOriginal != null && !keepOriginal.isEmpty()) {
            builder.keepOriginal(keepOriginal);
        }
        return builder.build();
    }

    /** A recorder that counts nothing, unless Micrometer is present. */
    @Bean
    @ConditionalOnMissingBean
    public FallbackRecorder errorCatalogFallbackRecorder() {
        return FallbackRecorder.NONE;
    }

    /** The catalog as the {@code messageSource} bean, when the application has no message source of its own. */
    @Bean(name = MESSAGE_SOURCE)
    @ConditionalOnMissingBean(name = MESSAGE_SOURCE, search = SearchStrategy.CURRENT)
    public CatalogMessageSource messageSource(ErrorCatalog catalog, FallbackRecorder recorder) {
        return new CatalogMessageSource(catalog, recorder);
    }

    /** Makes the catalog the parent of the application's own message source. */
    @Bean
    public static BeanPostProcessor errorCatalogMessageSourceParent(ObjectProvider<ErrorCatalog> catalog,
            ObjectProvider<FallbackRecorder> recorder) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (MESSAGE_SOURCE.equals(beanName) && bean instanceof HierarchicalMessageSource source) {
                    attach(source, catalog, recorder);
                }
                return bean;
            }
        };
    }

    /** Puts a catalog message source at the root of {@code source}'s parents, unless one is there already. */
    static void attach(HierarchicalMessageSource source, ObjectProvider<ErrorCatalog> catalog,
            ObjectProvider<FallbackRecorder> recorder) {
        HierarchicalMessageSource root = source;
        while (true) {
            if (root instanceof CatalogMessageSource) {
                return;
            }
            MessageSource parent = root.getParentMessageSource();
            if (parent == null) {
                break;
            }
            if (!(parent instanceof HierarchicalMessageSource hierarchical)) {
                return;
            }
            root = hierarchical;
        }
        root.setParentMessageSource(new CatalogMessageSource(catalog.getObject(),
                recorder.getIfAvailable(() -> FallbackRecorder.NONE)));
    }

    /** The fallback counter, where Micrometer is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBooleanProperty(name = "errorcatalog.metrics.enabled", matchIfMissing = true)
    static class MetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        FallbackRecorder errorCatalogMeterFallbackRecorder(ErrorCatalog catalog, ObjectProvider<MeterRegistry> registry) {
            MeterRegistry meters = registry.getIfUnique();
            return meters == null ? FallbackRecorder.NONE : new MicrometerFallbackRecorder(meters, catalog.locales());
        }
    }
}
