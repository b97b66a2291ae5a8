package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** IDEs complete errorcatalog.* from the metadata the configuration processor writes into the jar. */
class ConfigurationMetadataTest {

    static Map<String, JsonNode> properties() throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertNotNull(in, "no configuration metadata");
            Map<String, JsonNode> byName = new HashMap<>();
            for (JsonNode property : JsonMapper.builder().build().readTree(in).get("properties")) {
                byName.put(property.get("name").asString(), property);
            }
            return byName;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "errorcatalog.default-locale|java.util.Locale|en",
        "errorcatalog.missing-message-policy|dev.errorcatalog.MissingMessagePolicy|fallback",
        "errorcatalog.discover-providers|java.lang.Boolean|true",
        "errorcatalog.problem-type|java.lang.String|https://signalwire.com/docs/apis/error-codes#{code}",
        "errorcatalog.single-language|java.lang.Boolean|false",
        "errorcatalog.web.locale-resolver|java.lang.Boolean|true",
        "errorcatalog.web.problem-details|java.lang.Boolean|true",
        "errorcatalog.client.localize-responses|java.lang.Boolean|true",
        "errorcatalog.client.hosts|java.util.List<java.lang.String>|",
        "errorcatalog.client.max-body-size|org.springframework.util.unit.DataSize|1MB",
        "errorcatalog.client.keep-original|java.lang.String|",
        "errorcatalog.metrics.enabled|java.lang.Boolean|true",
    })
    void everyPropertyHasItsTypeDefaultAndADescription(String name, String type, String defaultValue) throws IOException {
        JsonNode property = properties().get(name);
        assertNotNull(property, name);
        assertEquals(type, property.get("type").asString());
        assertFalse(property.path("description").asString().isBlank(), name + " has no description");
        if (defaultValue != null) {
            assertEquals(defaultValue, property.get("defaultValue").asString());
        }
    }

    @Test
    void theDocumentedDefaultsAreTheRealOnes() throws IOException {
        ErrorCatalogProperties defaults = new ErrorCatalogProperties();
        assertEquals(defaults.getProblemType(), properties().get("errorcatalog.problem-type").get("defaultValue").asString());
        assertEquals(defaults.getDefaultLocale().toLanguageTag(),
                properties().get("errorcatalog.default-locale").get("defaultValue").asString());
        assertEquals(java.util.List.of("signalwire.com", "*.signalwire.com"), defaults.getClient().getHosts());
    }

    @Test
    void thereAreNoOthers() throws IOException {
        assertEquals(12, properties().size(), properties().keySet().toString());
    }
}
