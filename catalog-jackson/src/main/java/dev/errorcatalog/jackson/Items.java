package dev.errorcatalog.jackson;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Fallback;
import dev.errorcatalog.MessageKey;
import dev.errorcatalog.ResolvedMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonToken;

/** Localizes the items a {@link BodyScanner} found: code lookup, arguments, attribute wrapper, report. */
final class Items {

    /** The fields the shapes read, which cannot hold a kept original. */
    static final Set<String> SHAPE_FIELDS =
            Set.of("code", "message", "detail", "attribute", "error_code", "error_message", "jsonrpc", "errors", "error");

    /** The language of upstream texts: SignalWire writes English. */
    static final Locale UPSTREAM = Locale.ENGLISH;

    /**
     * One item done: what to report, whether its text is replaced, and its text without the attribute
     * wrapper (a problem's {@code title}).
     */
    record Localized(BodyScanner.Found found, ItemReport report, boolean replace, String title) {
    }

    /**
     * A locale's wrapper taken apart once: the texts around its two arguments, which are plain text
     * (never pattern syntax), so wrapping is two concatenations instead of a format.
     */
    private record Wrapper(String before, String between, String after, boolean messageFirst) {
        private static final String MESSAGE = "\uE000", ATTRIBUTE = "\uE001";

        String wrap(String message, String attribute) {
            return messageFirst ? before + message + between + attribute + after : before + attribute + between + message + after;
        }

        /** The wrapper of an installed locale, or {@code null} if it has none of its own. */
        static Wrapper of(ErrorCatalog catalog, Locale locale) {
            ResolvedMessage rendered;
            try {
                rendered = catalog.resolve(MessageKey.WITH_ATTRIBUTE, locale, Map.of("message", MESSAGE, "attribute", ATTRIBUTE));
            } catch (RuntimeException e) { // a strict catalog without the wrapper in this locale
                return null;
            }
            String text = rendered.text();
            int m = text.indexOf(MESSAGE);
            int a = text.indexOf(ATTRIBUTE);
            if (!rendered.locale().equals(locale) || m < 0 || a < 0 || text.indexOf(MESSAGE, m + 1) >= 0
                    || text.indexOf(ATTRIBUTE, a + 1) >= 0) {
                return null; // another language's wrapper, or one that shows an argument twice or not at all
            }
            int first = Math.min(m, a);
            int second = Math.max(m, a);
            return new Wrapper(text.substring(0, first), text.substring(first + 1, second), text.substring(second + 1), m < a);
        }
    }

    private final ErrorCatalog catalog;
    private final ArgumentReader reader;
    private final Map<Locale, Wrapper> wrappers;

    Items(ErrorCatalog catalog, ArgumentReader reader) {
        this.catalog = catalog;
        this.reader = reader;
        Map<Locale, Wrapper> wrappers = new HashMap<>();
        for (Locale locale : catalog.locales()) {
            Wrapper wrapper = Wrapper.of(catalog, locale);
            if (wrapper != null) {
                wrappers.put(locale, wrapper);
            }
        }
        this.wrappers = Map.copyOf(wrappers);
    }

    /**
     * Localizes the items; {@code perItem.get(i)} (if there is one and it is not {@code null}) gives item
     * {@code i}'s own argument values, which win over {@code given}, which applies to every item.
     */
    List<Localized> localize(List<BodyScanner.Found> found, Locale locale, Map<String, ?> given,
            List<? extends Map<String, ?>> perItem) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Localized> done = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Map<String, ?> own = i < perItem.size() ? perItem.get(i) : null;
            done.add(localize(found.get(i), locale, given, own == null ? Map.of() : own));
        }
        return done;
    }

    /** The languages of the items' texts, in order of first use; kept upstream texts count as English. */
    static List<Locale> languages(List<Localized> done) {
        if (done.size() == 1) {
            Locale only = done.get(0).report().text() == null ? null : done.get(0).report().locale();
            return only == null ? List.of() : List.of(only);
        }
        List<Locale> languages = new ArrayList<>(2);
        for (Localized item : done) {
            if (item.report().text() != null && !languages.contains(item.report().locale())) {
                languages.add(item.report().locale());
            }
        }
        return languages;
    }

    private Localized localize(BodyScanner.Found item, Locale locale, Map<String, ?> given, Map<String, ?> own) {
        BodyScanner.Field code = item.code();
        BodyScanner.Field text = item.text();
        String upstream = text != null && text.token() == JsonToken.VALUE_STRING ? text.text() : null;
        String attribute = attribute(item.attribute());
        boolean numeric = item.shape() == Shape.JSON_RPC;
        JsonToken wanted = numeric ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_STRING;
        String problem = null;
        if (code.token() != wanted) {
            problem = "code is " + kind(code.token()) + ", expected " + (numeric ? "an integer" : "a string");
        } else if (text == null) {
            problem = "the item has no " + item.shape().textField() + " field";
        } else if (upstream == null && !text.isNull()) {
            problem = item.shape().textField() + " is " + kind(text.token()) + ", expected a string";
        }
        String received = code.token() == wanted ? code.text() : "<" + kind(code.token()).replaceFirst("^an? ", "") + ">";
        ErrorCode known = problem == null ? lookup(received) : null;
        if (known == null) {
            ItemReport report = new ItemReport(item.pointer(), item.shape(), received, null, Fallback.UNKNOWN_CODE, UPSTREAM,
                    false, List.of(), upstream, problem);
            return new Localized(item, report, false, upstream);
        }
        List<ArgumentValue> values = arguments(known, upstream, given, own);
        Map<String, Object> formatted = values.isEmpty() ? Map.of() : new HashMap<>(values.size() * 2);
        for (ArgumentValue value : values) {
            formatted.put(value.name(), value.value());
        }
        ResolvedMessage message = catalog.resolve(known, locale, formatted);
        String localized = message.text();
        if (attribute != null) {
            Wrapper wrapper = wrappers.get(message.locale()); // never a wrapper in another language
            if (wrapper != null) {
                localized = wrapper.wrap(localized, attribute);
            }
        }
        ItemReport report = new ItemReport(item.pointer(), item.shape(), received, known, message.fallback(), message.locale(),
                true, values, localized, null);
        return new Localized(item, report, true, message.text());
    }

    /**
     * The code's constant as the catalog matches it: exactly, then ignoring ASCII case; a renamed code
     * (the same way) as its successor.
     */
    private static ErrorCode lookup(String code) {
        if (code.length() > 64) {
            return null;
        }
        ErrorCode known = match(code);
        if (known == null && isAscii(code)) {
            known = match(code.toLowerCase(Locale.ROOT));
        }
        return known;
    }

    private static ErrorCode match(String code) {
        ErrorCode current = ErrorCode.fromCode(code).orElse(null);
        return current != null ? current : ErrorCode.renames().get(code);
    }

    private static boolean isAscii(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each declared argument's value: the caller's (the item's own, else the body's), else read back from
     * the upstream text, else the example.
     */
    private List<ArgumentValue> arguments(ErrorCode code, String upstream, Map<String, ?> given, Map<String, ?> own) {
        List<Argument> declared = code.arguments();
        if (declared.isEmpty()) {
            return List.of();
        }
        Map<String, Object> readBack = null;
        boolean triedReading = false;
        List<ArgumentValue> values = new ArrayList<>(declared.size());
        for (Argument argument : declared) {
            Object value = own.get(argument.name());
            if (value == null) {
                value = given.get(argument.name());
            }
            if (value != null) {
                values.add(new ArgumentValue(argument.name(), value, ArgumentSource.CALLER));
                continue;
            }
            if (!triedReading) {
                readBack = reader.read(code, upstream);
                triedReading = true;
            }
            if (readBack != null) {
                values.add(new ArgumentValue(argument.name(), readBack.get(argument.name()), ArgumentSource.UPSTREAM));
            } else {
                values.add(new ArgumentValue(argument.name(), argument.example(), ArgumentSource.EXAMPLE));
            }
        }
        return values;
    }

    /** The parameter an item names: a non-blank string other than {@code base} (the whole object). */
    private static String attribute(BodyScanner.Field field) {
        if (field == null || field.token() != JsonToken.VALUE_STRING) {
            return null;
        }
        String name = field.text().strip();
        return name.isEmpty() || name.equals("base") ? null : field.text();
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
