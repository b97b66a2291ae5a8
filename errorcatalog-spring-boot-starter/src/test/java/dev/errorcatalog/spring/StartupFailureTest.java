package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.spring.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * A service without a locale module, or without one for its default locale, does not start, and Spring
 * Boot's failure report names the fix. The locale modules are hidden by a class loader that filters their
 * {@code META-INF/services} registrations, as if their jars were absent.
 */
class StartupFailureTest {

    private static final String[] QUIET = {
        "spring.main.banner-mode=off",
        "logging.level.org.springframework.boot.SpringApplication=off",
        "logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=off",
        "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=off",
    };

    @Test
    void noLocaleModuleFailsTheStartWithTheModuleToAdd() {
        FilteredClassLoader noLocaleModules = new FilteredClassLoader(
                new ClassPathResource("META-INF/services/dev.errorcatalog.spi.MessageProvider"));

        FailureAnalysis analysis = startAndAnalyze(noLocaleModules);

        assertTrue(analysis.getDescription().startsWith("No error catalog locale module found."), analysis.getDescription());
        assertTrue(analysis.getAction().startsWith("Add dev.errorcatalog:messages-en to your dependencies"), analysis.getAction());
    }

    @Test
    void aDefaultLocaleWithoutItsModuleFailsTheStartNamingItAndTheProperty() {
        FailureAnalysis analysis = startAndAnalyze(getClass().getClassLoader(), "errorcatalog.default-locale=fr-CA");

        assertTrue(analysis.getDescription().contains("The default locale fr-CA is not installed; installed: de, en, es."),
                analysis.getDescription());
        assertTrue(analysis.getAction().startsWith("Add a locale module for fr-CA"), analysis.getAction());
        assertTrue(analysis.getAction().contains("errorcatalog.default-locale"), analysis.getAction());
    }

    /** Starts the test service with {@code loader}, expects it to fail, and asks the registered analyzers why. */
    private static FailureAnalysis startAndAnalyze(ClassLoader loader, String... properties) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(TestApplication.class)
                .resourceLoader(new DefaultResourceLoader(loader))
                .web(WebApplicationType.NONE)
                .properties(QUIET)
                .properties(properties);
        Throwable failure = assertThrows(Throwable.class, application::run);
        FailureAnalysis analysis = null;
        for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation(loader)
                // Spring Boot's own analyzers that need a bean factory are skipped: the question is whether ours is registered
                .load(FailureAnalyzer.class, null, (type, name, e) -> { })) {
            FailureAnalysis candidate = analyzer.analyze(failure);
            if (candidate != null && analysis == null) {
                analysis = candidate;
            }
        }
        assertNotNull(analysis, () -> "no analysis of " + failure);
        assertEquals("dev.errorcatalog.spring.autoconfigure.CatalogUnavailableException",
                analysis.getCause().getClass().getName());
        return analysis;
    }
}
