package dev.errorcatalog.spring.web;

import dev.errorcatalog.jackson.BodyLocalizer;
import dev.errorcatalog.jackson.ItemReport;
import dev.errorcatalog.jackson.LocalizedBody;
import dev.errorcatalog.jackson.ProblemDetails;
import dev.errorcatalog.spring.FallbackRecorder;
import dev.errorcatalog.spring.web.ErrorCodeException.Item;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Answers error items as a localized {@code application/problem+json} response, rendered by catalog-jackson
 * ({@link BodyLocalizer#problem}): the items are put in SignalWire's REST error shape, localized in the
 * requested locale and rendered as an RFC 9457 problem, with its {@code Content-Language} and {@code Vary}.
 *
 * <p>Each item's message is formatted with that item's arguments; an argument an item does not give gets
 * the code's documented example (catalog-jackson's rule: never a {@code {placeholder}} in a response).
 *
 * @since 0.1
 */
public class ProblemResponses {

    private static final MediaType PROBLEM = MediaType.parseMediaType(ProblemDetails.CONTENT_TYPE);

    private final BodyLocalizer localizer;
    private final FallbackRecorder recorder;

    /** Responses rendered by {@code localizer}, each item's resolution reported to {@code recorder}. */
    public ProblemResponses(BodyLocalizer localizer, FallbackRecorder recorder) {
        this.localizer = Objects.requireNonNull(localizer, "localizer");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /**
     * The response for {@code items} in {@code locale}.
     *
     * @param instance the problem's {@code instance}, e.g. the request path; {@code null} for none
     */
    public ResponseEntity<Object> render(HttpStatusCode status, List<Item> items, Locale locale, String instance) {
        List<Map<String, ?>> arguments = new ArrayList<>(items.size());
        for (Item item : items) {
            arguments.add(item.arguments());
        }
        LocalizedBody body = localizer.localize(signalWireBody(items), locale, Map.of(), arguments);
        for (ItemReport report : body.items()) {
            recorder.record(report.fallback(), report.locale());
        }
        ProblemDetails problem = localizer.problem(body, status.value(), instance);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(PROBLEM);
        problem.contentLanguage().ifPresent(language -> response.header(HttpHeaders.CONTENT_LANGUAGE, language));
        return response.header(HttpHeaders.VARY, problem.vary()).body(problem.bytes());
    }

    /** The items as SignalWire answers a validation failure: {@code {"errors":[{"type","code","message","attribute"}]}}. */
    static byte[] signalWireBody(List<Item> items) {
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        StringBuilder json = new StringBuilder(64 * items.size()).append("{\"errors\":[");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            json.append(i == 0 ? "" : ",").append("{\"type\":\"validation_error\",\"code\":\"").append(item.code().code())
                    .append("\",\"message\":\"\",\"attribute\":");
            if (item.attribute() == null) {
                json.append("null");
            } else {
                encoder.quoteAsString(item.attribute(), json.append('"'));
                json.append('"');
            }
            json.append('}');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
