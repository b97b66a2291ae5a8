package dev.errorcatalog;

import dev.errorcatalog.spi.MessageProvider;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** An in-memory locale module for tests. */
final class TestProvider implements MessageProvider {
    private final Locale locale;
    private final Map<String, String> messages;

    TestProvider(String tag, Map<String, String> messages) {
        this.locale = Locale.forLanguageTag(tag);
        this.messages = messages;
    }

    /** A complete bundle: every key, with {@code prefix} before an English-like text and all arguments. */
    static TestProvider complete(String tag, String prefix) {
        Map<String, String> messages = new HashMap<>();
        for (MessageKey key : MessageKey.all()) {
            StringBuilder pattern = new StringBuilder(prefix).append(' ').append(key.key());
            for (Argument argument : key.arguments()) {
                pattern.append(switch (argument.type()) {
                    case TEXT -> " {" + argument.name() + "}";
                    case NUMBER -> " {" + argument.name() + ", number}";
                    case PLURAL -> " {" + argument.name() + ", plural, one {# unit} other {# units}}";
                });
            }
            messages.put(key.key(), pattern.toString());
        }
        return new TestProvider(tag, messages);
    }

    TestProvider with(String key, String pattern) {
        Map<String, String> copy = new HashMap<>(messages);
        copy.put(key, pattern);
        return new TestProvider(locale.toLanguageTag(), copy);
    }

    TestProvider without(String key) {
        Map<String, String> copy = new HashMap<>(messages);
        copy.remove(key);
        return new TestProvider(locale.toLanguageTag(), copy);
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String catalogVersion() {
        return ErrorCatalog.CATALOG_VERSION;
    }

    @Override
    public Map<String, String> messages() {
        return messages;
    }
}
