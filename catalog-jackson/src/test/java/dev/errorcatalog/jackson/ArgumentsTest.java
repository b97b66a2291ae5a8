package dev.errorcatalog.jackson;

import static dev.errorcatalog.jackson.Bodies.CATALOG;
import static dev.errorcatalog.jackson.Bodies.LOCALIZER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MissingMessagePolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

/** Argument values: the caller's, else read back from an exactly matching upstream text, else the example. */
class ArgumentsTest {

    private static final Locale DE = Locale.GERMAN;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PURCHASED = "This number was purchased too recently to release. Please wait %s after purchase to"
            + " release this number or %s if your account is in trial mode. Contact Support for further assistance.";

    private static LocalizedBody rest(String code, String message, Map<String, ?> arguments) {
        String body = "{\"errors\":[{\"type\":\"validation_error\",\"code\":\"" + code + "\",\"message\":\"" + message
                + "\",\"attribute\":null}]}";
        return LOCALIZER.localize(body, DE, arguments);
    }

    private static List<ArgumentValue> arguments(LocalizedBody body) {
        return body.items().get(0).arguments();
    }

    @Test
    void valuesAreReadBackFromAnUpstreamTextThatIsTheEnglishMessage() {
        LocalizedBody body = rest("purchased_too_recently", String.format(PURCHASED, "7 days", "45 days"), Map.of());
        assertEquals(List.of(new ArgumentValue("waitDays", 7L, ArgumentSource.UPSTREAM),
                new ArgumentValue("trialWaitDays", 45L, ArgumentSource.UPSTREAM)), arguments(body));
        assertEquals(CATALOG.resolve(ErrorCode.PURCHASED_TOO_RECENTLY, DE, Map.of("waitDays", 7, "trialWaitDays", 45)).text(),
                body.items().get(0).text());
    }

    @Test
    void theOneFormOfAPluralIsReadBackToo() {
        LocalizedBody body = rest("purchased_too_recently", String.format(PURCHASED, "1 day", "30 days"), Map.of());
        assertEquals(List.of(new ArgumentValue("waitDays", 1L, ArgumentSource.UPSTREAM),
                new ArgumentValue("trialWaitDays", 30L, ArgumentSource.UPSTREAM)), arguments(body));
        LocalizedBody minute = rest("verification_request_too_soon", "This number has received a verification call too"
                + " recently. Please wait a minute before requesting another call.", Map.of());
        assertEquals(List.of(new ArgumentValue("retryAfterMinutes", 1L, ArgumentSource.UPSTREAM)), arguments(minute));
    }

    @Test
    void aTextArgumentAndGroupedNumbersAreReadBack() {
        LocalizedBody queued = rest("max_queued_messages_exceeded",
                "+15551234567 has exceeded the maximum number of queued messages/calls for this number", Map.of());
        assertEquals(List.of(new ArgumentValue("subject", "+15551234567", ArgumentSource.UPSTREAM)), arguments(queued));
        assertEquals(CATALOG.resolve(ErrorCode.MAX_QUEUED_MESSAGES_EXCEEDED, DE, Map.of("subject", "+15551234567")).text(),
                queued.items().get(0).text());
        LocalizedBody cap = rest("sole_proprietor_daily_limit_exceeded",
                "The sole proprietor campaign daily message cap of 2,500 messages has been reached.", Map.of());
        assertEquals(List.of(new ArgumentValue("dailyLimit", 2500L, ArgumentSource.UPSTREAM)), arguments(cap));
        LocalizedBody media = rest("unsupported_media_type",
                "The media content type image/tiff is not supported. Use a supported media format and retry.", Map.of());
        assertEquals(List.of(new ArgumentValue("contentType", "image/tiff", ArgumentSource.UPSTREAM)), arguments(media));
    }

    @Test
    void anUpstreamTextThatDiffersInAnyCharacterGivesTheExamples() {
        for (String upstream : new String[] {
                String.format(PURCHASED, "7 days", "45 days").replace("release.", "release"),   // one character less
                String.format(PURCHASED, "7 day", "45 days"),                                     // wrong plural form
                String.format(PURCHASED, "07 days", "45 days"),                                   // not how 7 is written
                "Please wait 7 days.",                                                            // another text
        }) {
            LocalizedBody body = rest("purchased_too_recently", upstream, Map.of());
            assertEquals(List.of(new ArgumentValue("waitDays", 14L, ArgumentSource.EXAMPLE),
                    new ArgumentValue("trialWaitDays", 30L, ArgumentSource.EXAMPLE)), arguments(body), upstream);
        }
    }

    @Test
    void theCallersValuesWinPerArgument() {
        LocalizedBody body = rest("purchased_too_recently", String.format(PURCHASED, "7 days", "45 days"), Map.of("waitDays", 3));
        assertEquals(List.of(new ArgumentValue("waitDays", 3, ArgumentSource.CALLER),
                new ArgumentValue("trialWaitDays", 45L, ArgumentSource.UPSTREAM)), arguments(body));
        LocalizedBody other = rest("purchased_too_recently", "Wait.", Map.of("trialWaitDays", 60));
        assertEquals(List.of(new ArgumentValue("waitDays", 14L, ArgumentSource.EXAMPLE),
                new ArgumentValue("trialWaitDays", 60, ArgumentSource.CALLER)), arguments(other));
    }

    @Test
    void eachItemCanHaveItsOwnValues() {
        String body = "{\"errors\":[{\"code\":\"max_queued_messages_exceeded\",\"message\":null},"
                + "{\"code\":\"not_e164\",\"message\":null},"
                + "{\"code\":\"max_queued_messages_exceeded\",\"message\":null},"
                + "{\"code\":\"max_queued_messages_exceeded\",\"message\":null}]}";
        List<Map<String, ?>> perItem = new java.util.ArrayList<>();
        perItem.add(Map.of("subject", "+1111"));
        perItem.add(Map.of("subject", "ignored: not_e164 takes none"));
        perItem.add(null);
        LocalizedBody localized = LOCALIZER.localize(body, DE, Map.of("subject", "+9999"), perItem);
        assertEquals(List.of(List.of(new ArgumentValue("subject", "+1111", ArgumentSource.CALLER)), List.of(),
                List.of(new ArgumentValue("subject", "+9999", ArgumentSource.CALLER)),
                List.of(new ArgumentValue("subject", "+9999", ArgumentSource.CALLER))),
                localized.items().stream().map(ItemReport::arguments).toList());
        assertEquals(localized.text(), LOCALIZER.localize(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), DE,
                Map.of("subject", "+9999"), perItem).text());
    }

    @Test
    void aNullUpstreamTextOrANullCallerValueFallsToTheExample() {
        String body = "{\"errors\":[{\"code\":\"max_queued_messages_exceeded\",\"message\":null}]}";
        Map<String, Object> given = new HashMap<>();
        given.put("subject", null);
        LocalizedBody localized = LOCALIZER.localize(body, DE, given);
        assertEquals(List.of(new ArgumentValue("subject", ErrorCode.MAX_QUEUED_MESSAGES_EXCEEDED.arguments().get(0).example(), ArgumentSource.EXAMPLE)), arguments(localized));
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void theDocumentedEnglishTextOfEveryCodeReadsBackAsItsExamples(ErrorCode code) {
        Map<String, Object> examples = new HashMap<>();
        code.arguments().forEach(a -> examples.put(a.name(), a.example()));
        String english = CATALOG.resolve(code, Locale.ENGLISH, examples).text();
        String body = "{\"errors\":[{\"code\":" + JSON.writeValueAsString(code.code()) + ",\"message\":"
                + JSON.writeValueAsString(english) + "}]}";
        for (Locale locale : List.of(Locale.ENGLISH, DE, Locale.forLanguageTag("es"))) {
            ItemReport item = LOCALIZER.localize(body, locale).items().get(0);
            assertEquals(code, item.resolved());
            assertEquals(code.arguments().size(), item.arguments().size());
            for (ArgumentValue value : item.arguments()) {
                assertEquals(ArgumentSource.UPSTREAM, value.source(), code + ": " + value);
                assertEquals(plain(examples.get(value.name())), plain(value.value()), code + ": " + value);
                assertFalse(item.text().contains("{" + value.name()), item.text());
            }
        }
    }

    private static Object plain(Object value) {
        return value instanceof Number n ? (Object) n.longValue() : value;
    }

    @Test
    void aStrictCatalogReadsBackToo() {
        ErrorCatalog strict = ErrorCatalog.builder().missingMessagePolicy(MissingMessagePolicy.STRICT).build();
        LocalizedBody body = BodyLocalizer.of(strict).localize("{\"errors\":[{\"code\":\"max_queued_messages_exceeded\",\"message\":"
                + "\"+1555 has exceeded the maximum number of queued messages/calls for this number\"}]}", Locale.ENGLISH);
        assertEquals(List.of(new ArgumentValue("subject", "+1555", ArgumentSource.UPSTREAM)), arguments(body));
    }
}
