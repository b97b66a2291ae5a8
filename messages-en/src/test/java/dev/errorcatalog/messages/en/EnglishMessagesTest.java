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

/**
 * The English source against the SignalWire documentation: the seed of catalog version 1
 * ({@code signalwire-error-codes.txt}) and SignalWire's current list with its renamed codes
 * ({@code error-codes.tsv}, {@code renamed-codes.tsv}), copies in src/test/resources.
 */
class EnglishMessagesTest {

    /** Where the English text knowingly differs from the documentation; listed in the README. */
    private static final Map<String, String> CORRECTED = Map.of(
            "invalid_mustache_syntax", "The mustache syntax is invalid.",
            // ICU groups digits in English: the example 1024 renders as CLDR writes it
            "custom_variable_value_too_long", "A custom_variables value exceeds the maximum size. Each value must be at"
                    + " most 1,024 bytes.");

    /** Where this clone's copies of SignalWire's lists came from; compared with them when they are there. */
    private static final Path UPSTREAM = Path.of("..", "..", "shared", "upstream");

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

    /** A tab-separated upstream list without its comments and header: one array of columns per row. */
    static List<String[]> rows(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources", file), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isEmpty()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows.subList(1, rows.size());
    }

    @Test
    void theCopiesOfTheUpstreamListsAreCurrent() throws IOException {
        for (String file : List.of("error-codes.tsv", "renamed-codes.tsv")) {
            Path upstream = UPSTREAM.resolve(file);
            if (Files.exists(upstream)) { // beside the clone in CI; not in a third party's build of the sources
                assertEquals(Files.readString(upstream, StandardCharsets.UTF_8),
                        Files.readString(Path.of("src/test/resources", file), StandardCharsets.UTF_8),
                        file + " differs from " + upstream.toAbsolutePath().normalize() + ": copy it and update the catalog");
            }
        }
        assertEquals(253, rows("error-codes.tsv").size());
        assertEquals(18, rows("renamed-codes.tsv").size());
    }

    @Test
    void constantsAreTheCurrentListsCodesVersionOnesFirst() throws IOException {
        List<String> constants = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList();
        Set<String> seed = new TreeSet<>();
        List<String> added = new ArrayList<>();
        for (String[] row : rows("error-codes.tsv")) {
            assertEquals(4, row.length, () -> String.join("|", row));
            (row[1].equals("yes") ? seed : added).add(row[0]);
        }
        assertEquals(seed, new TreeSet<>(constants.subList(0, 181)));
        assertEquals(added, constants.subList(181, constants.size()), "the 72 of version 2, in the list's order");
    }

    @Test
    void everyMessageRendersTheCurrentDescription() throws IOException {
        for (String[] row : rows("error-codes.tsv")) {
            assertRendersDocumented(row[0], row[3]);
        }
    }

    @Test
    void everyRenamedCodeResolvesToItsSuccessor() throws IOException {
        List<String> renamed = new ArrayList<>();
        for (String[] row : rows("renamed-codes.tsv")) {
            ErrorCode successor = ErrorCode.fromCode(row[1]).orElseThrow(() -> new AssertionError(row[1]));
            assertEquals(successor, ErrorCode.renames().get(row[0]), row[0]);
            ResolvedMessage message = STRICT.resolve(row[0], Locale.ENGLISH, examples(successor));
            assertEquals(new ResolvedMessage(successor.code(), STRICT.resolve(successor, Locale.ENGLISH, examples(successor))
                    .text(), Locale.ENGLISH, Fallback.NONE, row[0]), message);
            renamed.add(row[0]);
        }
        assertEquals(renamed, List.copyOf(ErrorCode.renames().keySet()), "exactly the list's renames, in its order");
    }

    private static Map<String, Object> examples(ErrorCode code) {
        Map<String, Object> examples = new LinkedHashMap<>();
        for (Argument argument : code.arguments()) {
            examples.put(argument.name(), argument.example());
        }
        return examples;
    }

    private static void assertRendersDocumented(String wireCode, String description) {
        ErrorCode code = ErrorCode.fromCode(wireCode).orElseThrow(() -> new AssertionError("no constant for " + wireCode));
        ResolvedMessage message = STRICT.resolve(code, Locale.ENGLISH, examples(code));
        assertEquals(Fallback.NONE, message.fallback());
        if (COMPLETED.contains(wireCode)) {
            assertTrue(message.text().contains(description), message.text());
            assertTrue(message.text().length() > description.length(), message.text());
        } else {
            assertEquals(CORRECTED.getOrDefault(wireCode, description), message.text(), wireCode);
        }
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
    void everyMessageRendersTheSeedsDescription() throws IOException {
        for (Map.Entry<String, String> doc : documented().entrySet()) {
            assertRendersDocumented(doc.getKey(), doc.getValue());
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
    void newLimitsAreCountsInNumberAndPluralForm() {
        assertEquals("A custom_variables value exceeds the maximum size. Each value must be at most 1 byte.",
                STRICT.resolve(ErrorCode.CUSTOM_VARIABLE_VALUE_TOO_LONG, Locale.ENGLISH, Map.of("maxBytes", 1)).text());
        assertEquals("The request contains too many custom variables. A maximum of 1 key is allowed.",
                STRICT.resolve(ErrorCode.TOO_MANY_CUSTOM_VARIABLES, Locale.ENGLISH, Map.of("maxKeys", 1)).text());
        assertEquals("The Platform Free Trial campaign daily message cap of 1 message has been reached.",
                STRICT.resolve(ErrorCode.PFT_DAILY_LIMIT_EXCEEDED, Locale.ENGLISH, Map.of("dailyLimit", 1)).text());
        assertEquals("The sole proprietor campaign daily message cap of 2,500 messages has been reached.",
                STRICT.resolve(ErrorCode.SOLE_PROPRIETOR_DAILY_LIMIT_EXCEEDED, Locale.ENGLISH, Map.of("dailyLimit", 2500)).text());
        assertEquals("Exceeded the maximum number of media items allowed per message (currently 10).",
                STRICT.resolve(ErrorCode.MEDIA_LIMIT_EXCEEDED, Locale.ENGLISH, Map.of("maxMediaItems", 10)).text());
        assertEquals("The media content type image/x-{weird}'s is not supported. Use a supported media format and retry.",
                STRICT.resolve(ErrorCode.UNSUPPORTED_MEDIA_TYPE, Locale.ENGLISH, Map.of("contentType", "image/x-{weird}'s")).text());
    }

    @Test
    void literalBracesRenderVerbatim() {
        assertEquals("Value must be an array of {name, value} objects.",
                STRICT.resolve("must_be_array_of_objects", Locale.ENGLISH).text());
        assertTrue(STRICT.resolve("only_subprojects_can_be_deleted", Locale.ENGLISH).text()
                .contains("Returned by DELETE /api/projects/{id} when"));
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
