package dev.errorcatalog.jackson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A localized body: its bytes, what to send as {@code Content-Language}, and a report per error item.
 *
 * <p>Immutable and thread-safe. Every byte outside the items' replaced texts (and the added original
 * fields, if configured) is the body's as received: field order, unknown fields, white space, escapes and
 * numbers ({@code 1e400}, {@code 0.10}) exactly as sent.
 *
 * @since 0.2
 */
public final class LocalizedBody {

    private final byte[] body;
    private final List<Items.Localized> localized;
    private final List<ItemReport> items;
    private final List<Locale> languages;
    private final String contentLanguage;
    private final JsonMapper mapper;
    private final Locale requested;

    LocalizedBody(byte[] body, List<Items.Localized> localized, JsonMapper mapper, Locale requested) {
        this.body = body;
        this.requested = requested;
        this.localized = localized;
        List<ItemReport> reports = new ArrayList<>(localized.size());
        for (Items.Localized item : localized) {
            reports.add(item.report());
        }
        this.items = List.copyOf(reports);
        this.languages = Items.languages(localized);
        this.contentLanguage = languages.isEmpty() ? null
                : languages.size() == 1 ? languages.get(0).toLanguageTag() : join(languages);
        this.mapper = mapper;
    }

    private static String join(List<Locale> languages) {
        StringBuilder tags = new StringBuilder();
        for (Locale language : languages) {
            tags.append(tags.length() == 0 ? "" : ", ").append(language.toLanguageTag());
        }
        return tags.toString();
    }

    /** The body, UTF-8 (a copy). */
    public byte[] bytes() {
        return body.clone();
    }

    /** The body as text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Writes the body to {@code out}, which is not closed. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(body);
    }

    /**
     * The body as a new tree, with floating-point numbers as {@code BigDecimal} (precision and scale kept)
     * and big integers as {@code BigInteger}; {@link #bytes()} has them as sent.
     */
    public JsonNode tree() {
        return mapper.readTree(body);
    }

    /**
     * The {@code Content-Language} to send: the one language of the items' texts, or all of them in order
     * of first use ({@code "de, en"}) when some fell back to another (see {@link #isSingleLanguage()});
     * empty when the body has no error item with a text.
     */
    public Optional<String> contentLanguage() {
        return Optional.ofNullable(contentLanguage);
    }

    /** The languages of the items' texts, in order of first use; a kept upstream text counts as English. */
    public List<Locale> languages() {
        return languages;
    }

    /** Whether the items' texts are all in one language (or there are none). */
    public boolean isSingleLanguage() {
        return languages.size() <= 1;
    }

    /** Whether the body had at least one error item of a {@link Shape} this library knows. */
    public boolean errorItemFound() {
        return !items.isEmpty();
    }

    /** What happened to each error item, in the order their objects end in the body. */
    public List<ItemReport> items() {
        return items;
    }

    /** The locale the caller asked for. */
    Locale requested() {
        return requested;
    }

    /** The items with what a problem rendering needs. */
    List<Items.Localized> localized() {
        return localized;
    }

    @Override
    public String toString() {
        return "LocalizedBody[" + contentLanguage + ", " + items.size() + " item(s), " + body.length + " bytes]";
    }
}
