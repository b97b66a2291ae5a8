package dev.errorcatalog.spring.client;

import dev.errorcatalog.MessageResolutionException;
import dev.errorcatalog.jackson.BodyLocalizer;
import dev.errorcatalog.jackson.InvalidBodyException;
import dev.errorcatalog.jackson.ItemReport;
import dev.errorcatalog.jackson.LocalizedBody;
import dev.errorcatalog.spring.FallbackRecorder;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Which responses of an HTTP client get their SignalWire error body localized, and in which language;
 * shared by {@link LocalizingRestClientInterceptor} and {@link LocalizingWebClientFilter}.
 *
 * <p>A response is localized when all of these hold: its status is 4xx or 5xx; its host is one of the
 * configured hosts ({@code signalwire.com} and its subdomains by default); its {@code Content-Type} is JSON
 * ({@code application/json} or {@code +json}); it has no {@code Content-Encoding} other than
 * {@code identity}; and its body is at most the size limit. Its error items then get the catalog's text
 * and the response a {@code Content-Language}. Any other response, a body of no SignalWire shape, or one
 * that is not JSON within catalog-jackson's limits, passes on exactly as received; so does, in strict
 * mode, a body with an item whose message would fall back (strict mode is about the application's own
 * messages, not a reason to fail its HTTP call).
 *
 * <p>The language is the request attribute {@link #LOCALE_ATTRIBUTE} if set, else the current thread's
 * Spring {@link LocaleContext} (in a Spring MVC request, what the {@code LocaleResolver} negotiated), else
 * the catalog's default locale — never the JVM's.
 *
 * @since 0.1
 */
public final class ResponseLocalization {

    /** A request attribute holding the {@link Locale} to localize this request's error response in. */
    public static final String LOCALE_ATTRIBUTE = ResponseLocalization.class.getName() + ".locale";

    private final BodyLocalizer localizer;
    private final FallbackRecorder recorder;
    private final List<String> hosts;
    private final long maxBodySize;

    /**
     * @param hosts host names to localize responses of, matched ignoring case; {@code *.example.com} matches
     *     its subdomains, {@code *} every host
     * @param maxBodySize larger bodies pass on unchanged (and a WebClient body of unknown length that turns
     *     out larger fails as WebClient's own codecs do)
     */
    public ResponseLocalization(BodyLocalizer localizer, FallbackRecorder recorder, List<String> hosts, long maxBodySize) {
        this.localizer = Objects.requireNonNull(localizer, "localizer");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.hosts = hosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList();
        if (maxBodySize < 0 || maxBodySize > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("max body size out of range: " + maxBodySize);
        }
        this.maxBodySize = maxBodySize;
    }

    /** The size limit in bytes. */
    public long maxBodySize() {
        return maxBodySize;
    }

    /** Whether a response of this status and headers to {@code uri} is one to localize. */
    boolean applies(URI uri, HttpStatusCode status, HttpHeaders headers) {
        if (!status.isError() || !hostMatches(uri.getHost())) {
            return false;
        }
        MediaType type = headers.getContentType();
        if (type == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json"))) {
            return false;
        }
        String encoding = headers.getFirst(HttpHeaders.CONTENT_ENCODING);
        return (encoding == null || encoding.equalsIgnoreCase("identity")) && headers.getContentLength() <= maxBodySize;
    }

    private boolean hostMatches(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        for (String pattern : hosts) {
            if (pattern.equals("*") || pattern.equals(name)
                    || pattern.startsWith("*.") && name.endsWith(pattern.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /** The language for a request with these attributes. */
    Locale locale(Map<String, Object> attributes) {
        if (attributes.get(LOCALE_ATTRIBUTE) instanceof Locale locale) {
            return locale;
        }
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale != null ? locale : localizer.catalog().defaultLocale();
    }

    /** The localized body, or {@code null} to pass the body on unchanged. */
    LocalizedBody localize(byte[] body, Locale locale) {
        LocalizedBody localized;
        try {
            localized = localizer.localize(body, locale);
        } catch (InvalidBodyException | MessageResolutionException unchanged) {
            // not JSON within the limits; or, in strict mode, an item that would fall back (e.g. to another
            // locale): the application gets the body exactly as received, not an exception from its HTTP call
            return null;
        }
        if (!localized.errorItemFound()) {
            return null;
        }
        for (ItemReport item : localized.items()) {
            recorder.record(item.fallback(), item.locale());
        }
        return localized;
    }

    /** The headers of a response whose body is now {@code body}. */
    static HttpHeaders headers(HttpHeaders received, LocalizedBody body) {
        HttpHeaders headers = HttpHeaders.copyOf(received);
        headers.setContentLength(body.bytes().length);
        body.contentLanguage().ifPresent(language -> headers.set(HttpHeaders.CONTENT_LANGUAGE, language));
        return headers;
    }
}
