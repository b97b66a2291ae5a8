package dev.errorcatalog.jackson;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MessageKey;
import dev.errorcatalog.ResolvedMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A localized body as an RFC 9457 problem, {@code application/problem+json}, with the headers to send.
 *
 * <p>Members, in this order: {@code type} (the problem-type template with the first item's code, or
 * {@code about:blank} without items), {@code title} (the first item's message without its parameter),
 * {@code status}, {@code detail} (the first item's text as in the body), {@code instance} (if given), and
 * the extension members {@code code} (the first item's code) and {@code errors}: one object per item in
 * SignalWire's REST item shape, {@code type} (the item's, or {@code null}), {@code code}, {@code message}
 * (its text as in the body), {@code attribute} (the item's, or {@code null}) and {@code url} (the item's,
 * else the problem type of its code), plus {@code pointer} (where the item was in the upstream body).
 * Without items, {@code title} is the catalog's generic "unexpected error" message.
 *
 * @since 0.2
 */
public final class ProblemDetails {

    /** The media type of a problem. */
    public static final String CONTENT_TYPE = "application/problem+json";

    private final byte[] body;
    private final int status;
    private final String contentLanguage;
    private final JsonMapper mapper;

    private ProblemDetails(byte[] body, int status, String contentLanguage, JsonMapper mapper) {
        this.body = body;
        this.status = status;
        this.contentLanguage = contentLanguage;
        this.mapper = mapper;
    }

    static ProblemDetails of(JsonMapper mapper, ErrorCatalog catalog, String typeTemplate, LocalizedBody localized,
            int status, String instance) {
        List<Items.Localized> items = localized.localized();
        ObjectNode problem = mapper.createObjectNode();
        String contentLanguage = localized.contentLanguage().orElse(null);
        if (items.isEmpty()) {
            ResolvedMessage title = catalog.resolve(MessageKey.UNEXPECTED_ERROR, localized.requested(), Map.of());
            problem.put("type", "about:blank").put("title", title.text()).put("status", status);
            contentLanguage = title.languageTag();
        } else {
            Items.Localized first = items.get(0);
            problem.put("type", typeTemplate.replace("{code}", fragment(code(first))));
            putText(problem, "title", first.title());
            problem.put("status", status);
            putText(problem, "detail", first.report().text());
        }
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (!items.isEmpty()) {
            problem.put("code", code(items.get(0)));
            ArrayNode errors = problem.putArray("errors");
            JsonNode body = localized.tree(); // the items' other fields, read only here: localizing never keeps them
            for (Items.Localized item : items) {
                // type, url and attribute are the item's own only in the errors array; a delivery object's are its message's
                Shape shape = item.report().shape();
                JsonNode upstream = shape == Shape.REST || shape == Shape.SPACE_API ? body.at(item.report().pointer()) : MissingNode.getInstance();
                String url = string(upstream.get("url"));
                errors.addObject()
                        .put("type", string(upstream.get("type")))
                        .put("code", code(item))
                        .put("message", item.report().text())
                        .put("attribute", string(upstream.get("attribute")))
                        .put("url", url != null ? url : typeTemplate.replace("{code}", fragment(code(item))))
                        .put("pointer", item.report().pointer());
            }
        }
        return new ProblemDetails(mapper.writeValueAsBytes(problem), status, contentLanguage, mapper);
    }

    /** The catalog's code for a known item (the successor of a renamed one), else the code as received. */
    private static String code(Items.Localized item) {
        return item.report().resolved() != null ? item.report().resolved().code() : item.report().code();
    }

    /** A string member's text; {@code null} for anything else or nothing. */
    private static String string(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static void putText(ObjectNode node, String name, String text) {
        if (text != null) {
            node.put(name, text);
        }
    }

    /** {@code code} percent-encoded for a URI fragment: unreserved characters stay, the rest as UTF-8 {@code %XX}. */
    static String fragment(String code) {
        StringBuilder out = new StringBuilder(code.length());
        for (byte b : code.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            }
        }
        return out.toString();
    }

    /** {@value #CONTENT_TYPE}. */
    public String contentType() {
        return CONTENT_TYPE;
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** The {@code Content-Language} to send, as for the localized body. */
    public Optional<String> contentLanguage() {
        return Optional.ofNullable(contentLanguage);
    }

    /** The {@code Vary} to send: the text depends on the request's {@code Accept-Language}. */
    public String vary() {
        return "Accept-Language";
    }

    /** The headers to send, in order: {@code Content-Type}, {@code Content-Language} (if any), {@code Vary}. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", CONTENT_TYPE);
        if (contentLanguage != null) {
            headers.put("Content-Language", contentLanguage);
        }
        headers.put("Vary", vary());
        return java.util.Collections.unmodifiableMap(headers);
    }

    /** The problem document, UTF-8 (a copy). */
    public byte[] bytes() {
        return body.clone();
    }

    /** The problem document as text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The problem document as a new tree. */
    public JsonNode tree() {
        return mapper.readTree(body);
    }

    /** Writes the problem document to {@code out}, which is not closed. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(body);
    }
}
