package dev.errorcatalog.jackson;

import dev.errorcatalog.ErrorCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Localizes SignalWire error response bodies: replaces each error item's human text with the catalog's
 * message in one language, and keeps every other byte of the body as received.
 *
 * <pre>{@code
 * BodyLocalizer localizer = BodyLocalizer.of(ErrorCatalog.create());     // once; immutable, thread-safe
 * LocalizedBody body = localizer.localize(responseBody, catalog.negotiate(acceptLanguage));
 * body.contentLanguage().ifPresent(tag -> response.setHeader("Content-Language", tag));
 * }</pre>
 *
 * <p>The shapes found are those of {@link Shape}; a body of any other shape comes back unchanged, with
 * {@link LocalizedBody#errorItemFound()} false. A body that is not JSON within the limits throws
 * {@link InvalidBodyException}. See the README's "Localizing SignalWire responses" for every rule.
 *
 * @since 0.2
 */
public final class BodyLocalizer {

    /** The default {@code type} of a problem: the code's entry on SignalWire's error-code page. */
    public static final String DEFAULT_PROBLEM_TYPE = "https://signalwire.com/docs/apis/error-codes#{code}";

    /**
     * The default limits: 4 MiB per body, 64 levels of nesting, 500,000 tokens, strings of 262,144
     * characters, numbers of 1,000 digits, field names of 1,000 characters.
     */
    public static final StreamReadConstraints DEFAULT_LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(4L << 20)
            .maxNestingDepth(64)
            .maxTokenCount(500_000)
            .maxStringLength(262_144)
            .maxNumberLength(1_000)
            .maxNameLength(1_000)
            .build();

    private final ErrorCatalog catalog;
    private final String keepOriginal;
    private final String problemType;
    private final boolean singleLanguage;
    private final StreamReadConstraints limits;
    private final JsonFactory scanning;
    private final JsonMapper mapper;
    private final Items items;

    private BodyLocalizer(Builder builder) {
        this.catalog = builder.catalog;
        this.keepOriginal = builder.keepOriginal;
        this.problemType = builder.problemType;
        this.singleLanguage = builder.singleLanguage;
        this.limits = builder.limits;
        // the scanner detects duplicate fields itself, for less than the parser's feature costs
        this.scanning = JsonFactory.builder().streamReadConstraints(limits).build();
        JsonFactory strict = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        // numbers of a tree keep their precision and scale: 0.10 stays 0.10, 1e400 is not infinity
        this.mapper = JsonMapper.builder(strict)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
        this.items = new Items(catalog, new ArgumentReader(catalog));
    }

    /** A localizer with the default settings. */
    public static BodyLocalizer of(ErrorCatalog catalog) {
        return builder(catalog).build();
    }

    /** A builder for a localizer with other settings. */
    public static Builder builder(ErrorCatalog catalog) {
        return new Builder(catalog);
    }

    /** The catalog the messages come from. */
    public ErrorCatalog catalog() {
        return catalog;
    }

    /** The limits a body is read within. */
    public StreamReadConstraints limits() {
        return limits;
    }

    /** A body given as text; see {@link #localize(byte[], Locale, Map)}. */
    public LocalizedBody localize(String body, Locale locale) {
        return localize(body, locale, Map.of());
    }

    /** A body given as text; see {@link #localize(byte[], Locale, Map)}. */
    public LocalizedBody localize(String body, Locale locale, Map<String, ?> arguments) {
        return localize(body, locale, arguments, List.of());
    }

    /** A body given as UTF-8 bytes; see {@link #localize(byte[], Locale, Map)}. */
    public LocalizedBody localize(byte[] body, Locale locale) {
        return localize(body, locale, Map.of());
    }

    /**
     * Localizes a body.
     *
     * @param body the body as received, UTF-8; never modified
     * @param locale the language to answer in, e.g. {@code catalog.negotiate(acceptLanguage)}
     * @param arguments message argument values by name (e.g. {@code waitDays}), for every item whose code
     *     takes them; they win over values read back from the body and over the documented examples
     * @throws InvalidBodyException if the body is not a JSON document within the {@linkplain #limits() limits}
     */
    public LocalizedBody localize(byte[] body, Locale locale, Map<String, ?> arguments) {
        return localize(body, locale, arguments, List.of());
    }

    /** A body read from a stream; see {@link #localize(InputStream, Locale, Map)}. */
    public LocalizedBody localize(InputStream body, Locale locale) {
        return localize(body, locale, Map.of());
    }

    /**
     * Localizes a body read from a stream, which is read to its end (or to just past the size limit) and
     * not closed. If the body is rejected, {@link InvalidBodyException#bytesRead()} holds what was read.
     *
     * @see #localize(byte[], Locale, Map)
     */
    public LocalizedBody localize(InputStream body, Locale locale, Map<String, ?> arguments) {
        Objects.requireNonNull(body, "body");
        byte[] read = readBounded(body);
        return localizeOwned(read, locale, arguments, List.of(), read);
    }

    /** A body given as a tree, which is not modified; see {@link #localize(byte[], Locale, Map)}. */
    public LocalizedBody localize(JsonNode body, Locale locale) {
        return localize(body, locale, Map.of());
    }

    /** A body given as a tree, which is not modified; see {@link #localize(byte[], Locale, Map)}. */
    public LocalizedBody localize(JsonNode body, Locale locale, Map<String, ?> arguments) {
        return localize(body, locale, arguments, List.of());
    }

    /**
     * Localizes a body with argument values per item as well: {@code itemArguments.get(i)} holds item
     * {@code i}'s own (in the order of {@link LocalizedBody#items()}; missing or {@code null} entries mean
     * none), which win over {@code arguments}, which apply to every item. For a service that renders its
     * own errors in SignalWire's REST shape, each with its own values.
     *
     * @see #localize(byte[], Locale, Map)
     */
    public LocalizedBody localize(byte[] body, Locale locale, Map<String, ?> arguments,
            List<? extends Map<String, ?>> itemArguments) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(itemArguments, "itemArguments");
        if (body.length > maxBytes()) {
            throw tooLarge(body.length + " bytes", null);
        }
        return localizeOwned(body, locale, arguments, itemArguments, null);
    }

    /** A body given as text, with argument values per item; see {@link #localize(byte[], Locale, Map, List)}. */
    public LocalizedBody localize(String body, Locale locale, Map<String, ?> arguments,
            List<? extends Map<String, ?>> itemArguments) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(itemArguments, "itemArguments");
        if (body.length() > maxBytes()) { // a char is at least one UTF-8 byte
            throw tooLarge(body.length() + " characters", null);
        }
        return localizeOwned(body.getBytes(StandardCharsets.UTF_8), locale, arguments, itemArguments, null);
    }

    /** A body given as a tree, with argument values per item; see {@link #localize(byte[], Locale, Map, List)}. */
    public LocalizedBody localize(JsonNode body, Locale locale, Map<String, ?> arguments,
            List<? extends Map<String, ?>> itemArguments) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(itemArguments, "itemArguments");
        return localizeOwned(mapper.writeValueAsBytes(body), locale, arguments, itemArguments, null);
    }

    /**
     * The body as an RFC 9457 problem ({@code application/problem+json}), for a service that answers in
     * that format; see {@link ProblemDetails}.
     *
     * @param body a localized body
     * @param status the HTTP status to answer with, 100–599
     * @param instance a URI reference for this occurrence (e.g. the request path), or {@code null}
     */
    public ProblemDetails problem(LocalizedBody body, int status, String instance) {
        Objects.requireNonNull(body, "body");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is 100–599, not " + status);
        }
        return ProblemDetails.of(mapper, catalog, problemType, body, status, instance);
    }

    private LocalizedBody localizeOwned(byte[] body, Locale locale, Map<String, ?> arguments,
            List<? extends Map<String, ?>> itemArguments, byte[] streamed) {
        List<BodyScanner.Found> found;
        try {
            found = BodyScanner.scan(scanning, body, keepOriginal);
        } catch (JacksonException e) {
            throw invalid(e, streamed);
        } catch (BodyScanner.Rejected e) {
            throw new InvalidBodyException(e.reason, e.getMessage(), streamed, null);
        }
        Map<String, ?> given = arguments == null ? Map.of() : arguments;
        List<Items.Localized> done = items.localize(found, locale, given, itemArguments);
        if (singleLanguage && Items.languages(done).size() > 1) {
            done = items.localize(found, catalog.defaultLocale(), given, itemArguments);
        }
        byte[] out = found.isEmpty() ? (streamed != null ? body : body.clone()) : Splicer.splice(body, done, keepOriginal);
        return new LocalizedBody(out, done, mapper, locale);
    }

    private byte[] readBounded(InputStream in) {
        long max = maxBytes();
        byte[] buffer = new byte[(int) Math.min(max + 1, 8192)];
        int length = 0;
        try {
            for (int n; (n = in.read(buffer, length, buffer.length - length)) >= 0;) {
                length += n;
                if (length > max) {
                    throw tooLarge("more than " + max + " bytes", Arrays.copyOf(buffer, length));
                }
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(max + 1, (long) buffer.length * 2));
                }
            }
        } catch (IOException e) {
            throw new InvalidBodyException(InvalidBodyException.Reason.UNREADABLE,
                    "the body could not be read: " + oneLine(String.valueOf(e.getMessage())), Arrays.copyOf(buffer, length), e);
        }
        return Arrays.copyOf(buffer, length);
    }

    private InvalidBodyException tooLarge(String size, byte[] streamed) {
        return new InvalidBodyException(InvalidBodyException.Reason.TOO_LARGE, "the body is too large: " + size
                + ", the limit is " + maxBytes() + " bytes", streamed, null);
    }

    /** The size limit; without one, what an array holds. */
    private long maxBytes() {
        return limits.hasMaxDocumentLength() ? limits.getMaxDocumentLength() : Integer.MAX_VALUE - 16;
    }

    private static InvalidBodyException invalid(JacksonException e, byte[] streamed) {
        String detail = oneLine(e.getOriginalMessage());
        InvalidBodyException.Reason reason;
        String message;
        if (e instanceof UnexpectedEndOfInputException) {
            reason = InvalidBodyException.Reason.TRUNCATED;
            message = "the body ends before its JSON value is complete";
        } else if (e instanceof StreamConstraintsException) {
            reason = detail.contains("getMaxNestingDepth") ? InvalidBodyException.Reason.TOO_DEEP
                    : detail.contains("getMaxDocumentLength") || detail.contains("getMaxTokenCount")
                            ? InvalidBodyException.Reason.TOO_LARGE : InvalidBodyException.Reason.VALUE_TOO_LONG;
            message = "the body exceeds a limit: " + detail;
        } else {
            reason = InvalidBodyException.Reason.NOT_JSON;
            message = "the body is not JSON: " + detail;
        }
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return new InvalidBodyException(reason, message, streamed, e);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /**
     * Settings for a {@link BodyLocalizer}. Not thread-safe; the localizer it builds is.
     *
     * @since 0.2
     */
    public static final class Builder {
        private final ErrorCatalog catalog;
        private String keepOriginal;
        private String problemType = DEFAULT_PROBLEM_TYPE;
        private boolean singleLanguage;
        private StreamReadConstraints limits = DEFAULT_LIMITS;

        private Builder(ErrorCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
        }

        /**
         * Keeps each replaced upstream text in an added field of its item, right after the text, e.g.
         * {@code "original_message"}; not added where the item already has that field. Off unless set.
         *
         * @throws IllegalArgumentException for a blank name or a field the shapes read
         */
        public Builder keepOriginal(String field) {
            Objects.requireNonNull(field, "field");
            if (field.isBlank() || Items.SHAPE_FIELDS.contains(field)) {
                throw new IllegalArgumentException("'" + field + "' cannot hold the original text: choose a new field name");
            }
            this.keepOriginal = field;
            return this;
        }

        /**
         * The {@code type} URI of a problem, with {@code {code}} standing for the (percent-encoded) code;
         * {@link #DEFAULT_PROBLEM_TYPE} unless set.
         */
        public Builder problemType(String template) {
            this.problemType = Objects.requireNonNull(template, "template");
            return this;
        }

        /**
         * Whether a body whose items would be in different languages (a message missing in the requested
         * locale, an unknown code that keeps its English upstream text) is localized wholly in the catalog's
         * default locale instead; false unless set, and then {@code Content-Language} names every language.
         */
        public Builder singleLanguage(boolean singleLanguage) {
            this.singleLanguage = singleLanguage;
            return this;
        }

        /** The limits a body is read within; {@link #DEFAULT_LIMITS} unless set. */
        public Builder limits(StreamReadConstraints limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The localizer; building it renders each code's English message once, to read arguments back. */
        public BodyLocalizer build() {
            return new BodyLocalizer(this);
        }
    }
}
