package dev.errorcatalog.jackson;

import static dev.errorcatalog.jackson.Bodies.CATALOG;
import static dev.errorcatalog.jackson.Bodies.LOCALIZER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.ErrorCode;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The request parameter an item names is put into its message through each locale's wrapper, verbatim. */
class AttributeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String localized(String attributeJson, Locale locale) {
        String body = "{\"errors\":[{\"code\":\"not_e164\",\"message\":\"x\",\"attribute\":" + attributeJson + "}]}";
        return LOCALIZER.localize(body, locale).tree().at("/errors/0/message").stringValue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | {0} (parameter: {1})",
            "es | {0} (parámetro: {1})",
            "de | {0} (Parameter: {1})"})
    void eachLanguageHasItsOwnWrapper(String tag, String wrapper) {
        Locale locale = Locale.forLanguageTag(tag);
        String message = CATALOG.resolve(ErrorCode.NOT_E164, locale).text();
        assertEquals(wrapper.replace("{0}", message).replace("{1}", "to"), localized("\"to\"", locale));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"base\"", "\"\"", "\"  \"", "42", "{\"name\":\"to\"}", "[\"to\"]"})
    void noneBaseBlankOrNonTextNameNoParameter(String attribute) {
        assertEquals(CATALOG.resolve(ErrorCode.NOT_E164, Locale.GERMAN).text(), localized(attribute, Locale.GERMAN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone_numbers[0].to", "{to}", "it's", "ünïcode", "a\"b\\c", "#{x}"})
    void theParameterNameIsPrintedVerbatim(String attribute) {
        String expected = CATALOG.resolve(ErrorCode.NOT_E164, Locale.GERMAN).text() + " (Parameter: " + attribute + ")";
        assertEquals(expected, localized(JSON.writeValueAsString(attribute), Locale.GERMAN));
    }
}
