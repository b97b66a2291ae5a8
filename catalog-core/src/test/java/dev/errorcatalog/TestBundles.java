package dev.errorcatalog;

import dev.errorcatalog.spi.PropertiesMessageProvider;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Bundles for tests: every key of the catalog with a simple pattern, and providers that serve bytes from memory. */
final class TestBundles {

    private TestBundles() {
    }

    /** A provider whose bundle is the given bytes, read by the production {@link PropertiesMessageProvider}. */
    static final class InMemoryMessages extends PropertiesMessageProvider {
        private final byte[] bundle;

        InMemoryMessages(Locale locale, byte[] bundle) {
            super(locale, ErrorCatalog.CATALOG_VERSION);
            this.bundle = bundle;
        }

        @Override
        protected InputStream openBundle() {
            return new ByteArrayInputStream(bundle);
        }

        InMemoryMessages(Locale locale, String bundle) {
            this(locale, bundle.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A pattern for every key that takes each declared argument in its natural form: {@code {name}} for text,
     * {@code {name, number}} for numbers and a plural for counts; the text starts with the locale's tag.
     */
    static Map<String, String> patterns(Locale locale) {
        return patterns(locale, key -> null);
    }

    /** As {@link #patterns(Locale)}, with the patterns that {@code overrides} returns (non-null) instead. */
    static Map<String, String> patterns(Locale locale, Function<String, String> overrides) {
        Map<String, String> patterns = new LinkedHashMap<>();
        for (MessageKey key : MessageKey.all()) {
            String override = overrides.apply(key.key());
            patterns.put(key.key(), override != null ? override : pattern(locale, key));
        }
        return patterns;
    }

    static String pattern(Locale locale, MessageKey key) {
        StringBuilder pattern = new StringBuilder(locale.toLanguageTag()).append(": ").append(key.key());
        for (Argument argument : key.arguments()) {
            pattern.append(' ');
            switch (argument.type()) {
                case TEXT:
                    pattern.append('{').append(argument.name()).append('}');
                    break;
                case NUMBER:
                    pattern.append('{').append(argument.name()).append(", number}");
                    break;
                default:
                    pattern.append('{').append(argument.name()).append(", plural, one {# item} other {# items}}");
            }
        }
        return pattern.toString();
    }

    /** The patterns as a UTF-8 {@code .properties} text, with {@code \}, {@code :} and {@code =} escaped. */
    static String properties(Map<String, String> patterns) {
        StringBuilder text = new StringBuilder("# test bundle\n");
        patterns.forEach((key, pattern) -> text.append(key).append('=').append(escape(pattern)).append('\n'));
        return text.toString();
    }

    private static String escape(String pattern) {
        StringBuilder escaped = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' || (i == 0 && (c == ' ' || c == '#' || c == '!'))) {
                escaped.append('\\');
            }
            if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A provider with {@link #patterns(Locale)}. */
    static InMemoryMessages provider(Locale locale) {
        return new InMemoryMessages(locale, properties(patterns(locale)));
    }

    /** A catalog of the given providers only, without discovery; what it logs is captured and checked, not printed. */
    static ErrorCatalog catalog(PropertiesMessageProvider... providers) {
        ErrorCatalog.Builder builder = ErrorCatalog.builder().discoverProviders(false);
        for (PropertiesMessageProvider provider : providers) {
            builder.addProvider(provider);
        }
        return LoggedWarnings.build(builder);
    }
}
