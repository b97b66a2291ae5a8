package dev.errorcatalog.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.errorcatalog.Argument;
import dev.errorcatalog.ArgumentType;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MessageKey;
import dev.errorcatalog.MissingMessagePolicy;
import dev.errorcatalog.messages.de.GermanMessages;
import dev.errorcatalog.messages.en.EnglishMessages;
import dev.errorcatalog.messages.es.SpanishMessages;
import dev.errorcatalog.spi.MessageProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Spanish and German bundles: complete, well-formed, and faithful to the English source's tokens. */
class TranslationsTest {

    private static final ErrorCatalog STRICT = ErrorCatalog.builder().missingMessagePolicy(MissingMessagePolicy.STRICT).build();

    /**
     * Tokens the translations must keep verbatim: identifiers with underscores, acronyms and codes in
     * capitals (E.164, SIP, JSON, GET, ID …), product names, numbers, and the code literal of
     * conversation_flow_steps_are_invalid.
     */
    private static final Pattern VERBATIM = Pattern.compile(
            "\\[\".*\"]|\\+?\\b\\w*_\\w*\\b|\\bE\\.?164\\b|\\b[A-Z][A-Z0-9]+\\b|\\b\\d[\\d,.]*\\d\\b|\\b\\d\\b"
                    + "|\\b(SignalWire|Fabric|FreeSWITCH|Zendesk|Relay|cXML|AI Agent)\\b");

    static Stream<Arguments> translations() {
        return Stream.of(Arguments.of(new SpanishMessages()), Arguments.of(new GermanMessages()));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void coversEveryKeyWithTheSourceArguments(MessageProvider provider) throws IOException {
        Map<String, String> source = new EnglishMessages().messages();
        Map<String, String> translation = provider.messages();
        assertEquals(new TreeMap<>(source).keySet(), new TreeMap<>(translation).keySet());
        for (MessageKey key : MessageKey.all()) {
            assertEquals(arguments(source.get(key.key())), arguments(translation.get(key.key())), key.key());
        }
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyPluralCoversTheLocaleCategories(MessageProvider provider) throws IOException {
        PluralRules rules = PluralRules.forLocale(ULocale.forLocale(provider.locale()));
        Set<String> needed = new LinkedHashSet<>(rules.getKeywords());
        needed.add("other");
        for (Map.Entry<String, String> message : provider.messages().entrySet()) {
            MessagePattern pattern = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(message.getValue());
            for (int i = 0; i < pattern.countParts(); i++) {
                if (pattern.getPart(i).getType() == MessagePattern.Part.Type.ARG_START
                        && pattern.getPart(i).getArgType() == MessagePattern.ArgType.PLURAL) {
                    Set<String> selectors = new LinkedHashSet<>();
                    for (int j = i + 1; j < pattern.getLimitPartIndex(i); j++) {
                        if (pattern.getPart(j).getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                            selectors.add(pattern.getSubstring(pattern.getPart(j)));
                        }
                    }
                    assertTrue(selectors.containsAll(needed), message.getKey() + " has " + selectors + ", needs " + needed);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyMessageRendersWithExamplesAndEveryPluralCategory(MessageProvider provider) {
        Locale locale = provider.locale();
        PluralRules rules = PluralRules.forLocale(ULocale.forLocale(locale));
        for (MessageKey key : MessageKey.all()) {
            if (key.equals(MessageKey.UNEXPECTED_ERROR) || key.equals(MessageKey.UNKNOWN_CODE)) {
                continue;
            }
            List<Map<String, Object>> argumentSets = new ArrayList<>();
            argumentSets.add(examples(key, null));
            if (key.arguments().stream().anyMatch(a -> a.type() != ArgumentType.TEXT)) {
                for (String keyword : rules.getKeywords()) {
                    argumentSets.add(examples(key, sample(rules, keyword)));
                }
            }
            for (Map<String, Object> args : argumentSets) {
                String text = STRICT.resolve(key.key(), locale, args).text();
                assertFalse(text.isBlank(), key.key());
                // braces the English text shows are literal text ('{id}' in DELETE /api/projects/{id}), not a gap
                Set<String> literal = placeholders(STRICT.resolve(key.key(), Locale.ENGLISH, args).text());
                for (String placeholder : placeholders(text)) {
                    assertTrue(literal.contains(placeholder), key.key() + " leaves a placeholder: " + text);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("translations")
    void verbatimTokensOfTheSourceAreKept(MessageProvider provider) {
        List<String> problems = new ArrayList<>();
        for (MessageKey key : MessageKey.all()) {
            if (key.equals(MessageKey.UNEXPECTED_ERROR) || key.equals(MessageKey.UNKNOWN_CODE)) {
                continue;
            }
            String english = STRICT.resolve(key.key(), Locale.ENGLISH, examples(key, null)).text();
            String translated = STRICT.resolve(key.key(), provider.locale(), examples(key, null)).text();
            Matcher tokens = VERBATIM.matcher(english);
            while (tokens.find()) {
                String token = tokens.group();
                // a number is kept when its digits are: each locale groups them its own way (1,024 / 1.024 / 1024)
                if (!withoutDigitGrouping(translated).contains(withoutDigitGrouping(token))) {
                    problems.add(key.key() + ": '" + token + "' missing in: " + translated);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("translations")
    void typographyFollowsTheLocale(MessageProvider provider) throws IOException {
        for (Map.Entry<String, String> message : provider.messages().entrySet()) {
            String text = message.getValue().replaceAll("\\[\".*\"]", "");
            assertFalse(text.contains("\""), message.getKey() + ": straight double quotes in " + text);
            if (provider.locale().getLanguage().equals("es")) {
                assertEquals(text.contains("?"), text.contains("¿"), message.getKey());
                assertEquals(text.contains("!"), text.contains("¡"), message.getKey());
                assertFalse(text.contains("„") || text.contains("“"), message.getKey() + ": Spanish uses « »");
            } else {
                assertFalse(text.contains("«") || text.contains("»"), message.getKey() + ": German uses „ “");
                assertEquals(count(text, '„'), count(text, '“'), message.getKey());
            }
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+}");
    private static final Pattern DIGIT_GROUPING = Pattern.compile("(?<=\\d)[,.\u00A0\u202F'](?=\\d{3})");

    private static Set<String> placeholders(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (Matcher m = PLACEHOLDER.matcher(text); m.find();) {
            found.add(m.group());
        }
        return found;
    }

    private static String withoutDigitGrouping(String text) {
        return DIGIT_GROUPING.matcher(text).replaceAll("");
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    /** The key's example arguments, with every number replaced by {@code number} if given. */
    private static Map<String, Object> examples(MessageKey key, Number number) {
        Map<String, Object> args = new HashMap<>();
        for (Argument argument : key.arguments()) {
            args.put(argument.name(), number != null && argument.type() != ArgumentType.TEXT ? number : argument.example());
        }
        return args;
    }

    /** An integer of a plural category if it has one, else a decimal. */
    private static Number sample(PluralRules rules, String keyword) {
        var integers = rules.getSamples(keyword);
        if (integers != null && !integers.isEmpty()) {
            return integers.iterator().next();
        }
        return rules.getAllKeywordValues(keyword) != null && !rules.getAllKeywordValues(keyword).isEmpty()
                ? rules.getAllKeywordValues(keyword).iterator().next() : 1.5;
    }

    /** Argument names with their ICU argument types, as the pattern uses them. */
    private static Map<String, String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern);
        Map<String, String> arguments = new TreeMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            if (parsed.getPart(i).getType() == MessagePattern.Part.Type.ARG_START) {
                arguments.put(parsed.getSubstring(parsed.getPart(i + 1)), parsed.getPart(i).getArgType().name());
            }
        }
        return arguments;
    }
}
