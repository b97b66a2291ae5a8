package dev.errorcatalog.benchmarks;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ResolvedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The catalog and its peers, all loaded from the same English bundle, and the messages the benchmarks use.
 */
final class Peers {

    /** The resource bundle base name of the English messages (file {@code messages_en.properties}). */
    static final String BASE_NAME = "dev.errorcatalog.messages.en.messages";
    static final String[] BASE_NAMES = {
        "dev.errorcatalog.messages.en.messages", "dev.errorcatalog.messages.es.messages", "dev.errorcatalog.messages.de.messages"};

    /** An argument-less message. */
    static final ErrorCode ARGUMENT_LESS = ErrorCode.INSUFFICIENT_BALANCE;

    /**
     * The messages with arguments, their example arguments, and the same message written for
     * {@code java.text.MessageFormat} (positional arguments; {@code choice} instead of {@code plural}).
     */
    enum WithArguments {
        /** a number and a plural */
        NUMBER_AND_PLURAL("incorrect_number_of_sub_use_cases_mixed", Map.of("min", 2, "max", 5), new Object[] {2, 5},
                "Mixed use case campaigns require minimum {0,number} and maximum "
                        + "{1,choice,0#{1,number} sub use cases|1#{1,number} sub use case|1<{1,number} sub use cases}."),
        /** two plurals */
        TWO_PLURALS("purchased_too_recently", Map.of("waitDays", 14, "trialWaitDays", 30), new Object[] {14, 30},
                "This number was purchased too recently to release. Please wait "
                        + "{0,choice,0#{0,number} days|1#{0,number} day|1<{0,number} days} after purchase to release this "
                        + "number or {1,choice,0#{1,number} days|1#{1,number} day|1<{1,number} days} if your account is in "
                        + "trial mode. Contact Support for further assistance."),
        /** one text */
        TEXT("max_queued_messages_exceeded", Map.of("subject", "+15551234567"), new Object[] {"+15551234567"},
                "{0} has exceeded the maximum number of queued messages/calls for this number");

        final String code;
        final Map<String, Object> arguments;
        final Object[] positional;
        final String javaTextPattern;

        WithArguments(String code, Map<String, Object> arguments, Object[] positional, String javaTextPattern) {
            this.code = code;
            this.arguments = arguments;
            this.positional = positional;
            this.javaTextPattern = javaTextPattern;
        }
    }

    private Peers() {
    }

    /** The English bundle as a plain map: the floor. */
    static Map<String, String> englishPatterns() {
        try (InputStream in = Peers.class.getClassLoader()
                .getResourceAsStream("dev/errorcatalog/messages/en/messages_en.properties")) {
            PropertyResourceBundle bundle = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> patterns = new HashMap<>();
            for (String key : bundle.keySet()) {
                patterns.put(key, bundle.getString(key));
            }
            return patterns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spring's message source as Spring Boot's {@code MessageSourceAutoConfiguration} sets it up. */
    static ResourceBundleMessageSource spring() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(BASE_NAMES);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(false);
        source.setUseCodeAsDefaultMessage(false);
        // no cache duration: bundles are cached forever, Spring Boot's default
        return source;
    }

    /** Fails fast if a peer does not produce the text the catalog does: the benchmarks compare like with like. */
    static void checkSameText(String peer, String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(peer + " differs from the catalog:\n  catalog: " + expected + "\n  " + peer + ": " + actual);
        }
    }

    static String text(ErrorCatalog catalog, String code, Map<String, ?> arguments) {
        ResolvedMessage message = catalog.resolve(code, Locale.ENGLISH, arguments);
        if (message.isFallback()) {
            throw new IllegalStateException(code + " resolves to a fallback: " + message);
        }
        return message.text();
    }
}
