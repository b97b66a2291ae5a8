package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MissingMessagePolicy;
import dev.errorcatalog.spi.MessageProvider;
import dev.errorcatalog.spring.app.Http;
import dev.errorcatalog.spring.app.TestApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

/** The errorcatalog.* properties, MessageProvider beans and builder customizers, through a real server. */
@SpringBootTest(classes = {TestApplication.class, PropertiesTest.Config.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"errorcatalog.default-locale=de", "errorcatalog.missing-message-policy=fallback",
            "errorcatalog.problem-type=https://errors.example.com/{code}"})
class PropertiesTest {

    /** A French module of the application's own, as a bean; a customizer that turns on strict mode. */
    @TestConfiguration
    static class Config {
        @Bean
        MessageProvider frenchMessages() {
            return new MessageProvider() {
                @Override
                public Locale locale() {
                    return Locale.FRENCH;
                }

                @Override
                public String catalogVersion() {
                    return ErrorCatalog.CATALOG_VERSION;
                }

                @Override
                public Map<String, String> messages() {
                    Map<String, String> messages = english();
                    messages.put("not_e164", "Le numéro doit être au format E.164.");
                    messages.put("errorcatalog.with_attribute", "{message} (paramètre : {attribute})");
                    return messages;
                }
            };
        }

        @Bean
        ErrorCatalogBuilderCustomizer strict() {
            return builder -> builder.missingMessagePolicy(MissingMessagePolicy.STRICT);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ErrorCatalog catalog;

    @Test
    void theCatalogIsBuiltFromThePropertiesThenTheCustomizers() {
        assertEquals(Locale.GERMAN, catalog.defaultLocale());
        assertEquals(MissingMessagePolicy.STRICT, catalog.missingMessagePolicy());
        assertTrue(catalog.locales().containsAll(java.util.Set.of(Locale.FRENCH, Locale.GERMAN, Locale.ENGLISH)));
        assertEquals(java.util.List.of(), catalog.warnings().stream().filter(w -> w.contains(" fr ")).toList());
    }

    @Test
    void aBlankHeaderGetsTheConfiguredDefaultLocale() {
        assertEquals("de", new Http(port).post("/calls", "{}", " ").headers().firstValue("Content-Language").orElseThrow());
    }

    @Test
    void aMessageProviderBeanServesItsLocaleAndTheProblemTypeIsConfigured() {
        HttpResponse<String> response = new Http(port).post("/calls", "{}", "fr-CA, de;q=0.5");

        assertEquals("fr", response.headers().firstValue("Content-Language").orElseThrow());
        JsonNode body = Http.json(response);
        assertEquals("https://errors.example.com/not_e164", body.get("type").asString());
        assertEquals("Le numéro doit être au format E.164. (paramètre : to)", body.get("errors").get(0).get("message").asString());
    }

    static Map<String, String> english() {
        Properties properties = new Properties();
        try (InputStream in = PropertiesTest.class.getResourceAsStream("/dev/errorcatalog/messages/en/messages_en.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> messages = new HashMap<>();
        properties.forEach((key, value) -> messages.put((String) key, (String) value));
        return messages;
    }
}
