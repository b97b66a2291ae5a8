package dev.errorcatalog.messages.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import dev.errorcatalog.MessageKey;
import dev.errorcatalog.MissingMessagePolicy;
import dev.errorcatalog.ResolvedMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The English source against the SignalWire documentation (a copy in src/test/resources). */
class EnglishMessagesTest {

    /** Where the English text knowingly differs from the documentation; listed in the README. */
    private static final Map<String, String> CORRECTED = Map.of(
            "invalid_mustache_syntax", "The mustache syntax is invalid.");

    /** Where an argument completes a documented fragment, which the message then contains whole. */
    private static final Set<String> COMPLETED = Set.of("max_queued_messages_exceeded");

    private static final ErrorCatalog STRICT = ErrorCatalog.builder().discoverProviders(false)
            .missingMessagePolicy(MissingMessagePolicy.STRICT).addProvider(new EnglishMessages()).build();

    /** The documented codes and descriptions, in the documentation's order. */
    static Map<String, String> documented() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/signalwire-error-codes.txt"), StandardCharsets.UTF_8);
        Map<String, String> codes = new LinkedHashMap<>();
        for (int i = 0; i + 2 < lines.size(); i++) {
            if (lines.get(i).matches("[a-z0-9_]+") && lines.get(i + 1).equals("Error")) {
                String description = lines.get(i + 2);
                assertTrue(description.startsWith("  • "), description);
                codes.put(lines.get(i), description.substring(4));
            }
        }
        return codes;
    }

    @Test
    void theFirstConstantsAreExactlyTheSeedsCodesInOrder() throws IOException {
        // the seed is catalog version 1: its 181 codes keep their ordinals; version 2's follow them
        List<String> constants = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList();
        assertEquals(181, documented().size());
        assertEquals(new ArrayList<>(documented().keySet()), constants.subList(0, 181));
    }

    @Test
    void bundleHasExactlyTheCatalogKeys() throws IOException {
        Set<String> expected = new TreeSet<>();
        MessageKey.all().forEach(k -> expected.add(k.key()));
        assertEquals(expected, new TreeSet<>(new EnglishMessages().messages().keySet()));
    }

    @Test
    void everyMessageRendersTheDocumentedDescription() throws IOException {
        for (Map.Entry<String, String> doc : documented().entrySet()) {
            ErrorCode code = ErrorCode.fromCode(doc.getKey()).orElseThrow();
            Map<String, Object> examples = new LinkedHashMap<>();
            for (Argument argument : code.arguments()) {
                examples.put(argument.name(), argument.example());
            }
            ResolvedMessage message = STRICT.resolve(code, Locale.ENGLISH, examples);
            assertEquals(Fallback.NONE, message.fallback());
            if (COMPLETED.contains(doc.getKey())) {
                assertTrue(message.text().contains(doc.getValue()), message.text());
                assertTrue(message.text().length() > doc.getValue().length(), message.text());
            } else {
                assertEquals(CORRECTED.getOrDefault(doc.getKey(), doc.getValue()), message.text(), doc.getKey());
            }
        }
    }

    @Test
    void countsAgreeInNumberAndPluralForm() {
        assertEquals("This number was purchased too recently to release. Please wait 1 day after purchase to release this"
                + " number or 1,000 days if your account is in trial mode. Contact Support for further assistance.",
                STRICT.resolve(ErrorCode.PURCHASED_TOO_RECENTLY, Locale.ENGLISH, Map.of("waitDays", 1, "trialWaitDays", 1000)).text());
        assertEquals("This number has received a verification call too recently. Please wait 5 minutes before requesting"
                + " another call.", STRICT.resolve(ErrorCode.VERIFICATION_REQUEST_TOO_SOON, Locale.ENGLISH,
                        Map.of("retryAfterMinutes", 5)).text());
        assertEquals("Mixed use case campaigns require minimum 1 and maximum 1 sub use case.",
                STRICT.resolve(ErrorCode.INCORRECT_NUMBER_OF_SUB_USE_CASES_LOW_VOLUME, Locale.ENGLISH, Map.of("min", 1, "max", 1)).text());
    }

    @Test
    void literalApostrophesQuotesAndBracketsRenderExactly() {
        assertEquals("'From' phone number not verified.", STRICT.resolve("number_not_verified", Locale.ENGLISH).text());
        assertTrue(STRICT.resolve("conversation_flow_steps_are_invalid", Locale.ENGLISH).text()
                .endsWith("[\"Intro\", [\"Introduce yourself\", \"Ask caller's name\"], \"Summarize the conversation and thank the caller\"]"));
    }

    @Test
    void providerIsFoundOnTheModulePath() {
        // Surefire runs this module's tests on the module path: discovery goes through module-info's 'provides'.
        assertEquals(ErrorCatalog.class.getModule().getName(), "dev.errorcatalog");
        assertTrue(EnglishMessages.class.getModule().isNamed(), "tests run on the module path");
        ErrorCatalog discovered = ErrorCatalog.create();
        assertEquals(Set.of(Locale.ENGLISH), discovered.locales());
        assertEquals(List.of(), discovered.warnings());
    }
}
