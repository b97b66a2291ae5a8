package dev.errorcatalog.spring.web;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ResolvedMessage;
import dev.errorcatalog.spring.FallbackRecorder;
import dev.errorcatalog.spring.web.ErrorCodeException.Item;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Renders error items as a localized {@code application/problem+json} response. (Interim: to be rendered
 * by catalog-jackson.)
 *
 * @since 0.1
 */
public class ProblemResponses {

    private final ErrorCatalog catalog;
    private final FallbackRecorder recorder;

    public ProblemResponses(ErrorCatalog catalog, FallbackRecorder recorder) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /** The response for {@code items} in {@code locale}; {@code instance} may be {@code null}. */
    public ResponseEntity<Object> render(HttpStatusCode status, List<Item> items, Locale locale, String instance) {
        Set<String> languages = new LinkedHashSet<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Item item : items) {
            ResolvedMessage message = catalog.resolve(item.code(), locale, item.arguments());
            recorder.record(message);
            languages.add(message.languageTag());
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", "validation_error");
            error.put("code", message.code());
            error.put("message", message.text());
            error.put("attribute", item.attribute());
            error.put("url", "https://developer.signalwire.com/rest/overview/error-codes/#" + message.code());
            errors.add(error);
        }
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create((String) errors.get(0).get("url")));
        problem.setTitle((String) errors.get(0).get("message"));
        problem.setDetail((String) errors.get(0).get("message"));
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        problem.setProperty("code", errors.get(0).get("code"));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, String.join(", ", languages))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(problem);
    }
}
