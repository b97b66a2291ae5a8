package dev.errorcatalog.spring.web;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ErrorCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A service's own error, answered as localized {@code application/problem+json}: one or more error items,
 * each a catalog code with the request parameter it concerns and the message's named arguments, and the
 * HTTP status of the response.
 *
 * <pre>{@code
 * throw new ErrorCodeException(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.NOT_E164, "to");
 * }</pre>
 *
 * <p>It is a Spring {@link ErrorResponseException} whose detail message code is the first item's code, so
 * an application's own {@code ResponseEntityExceptionHandler} still renders it with the text from the
 * catalog's message source.
 *
 * @since 0.1
 */
public class ErrorCodeException extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    private final transient List<Item> items;

    /** An error of one code that concerns no particular parameter. */
    public ErrorCodeException(HttpStatusCode status, ErrorCode code) {
        this(status, List.of(new Item(code, null, Map.of())));
    }

    /** An error of one code about the request parameter {@code attribute} ({@code null}: none). */
    public ErrorCodeException(HttpStatusCode status, ErrorCode code, String attribute) {
        this(status, List.of(new Item(code, attribute, Map.of())));
    }

    /** An error of one code about a parameter, with the values of the message's named arguments. */
    public ErrorCodeException(HttpStatusCode status, ErrorCode code, String attribute, Map<String, ?> arguments) {
        this(status, List.of(new Item(code, attribute, arguments)));
    }

    /** An error of several items, answered together in one response. */
    public ErrorCodeException(HttpStatusCode status, List<Item> items) {
        super(status, ProblemDetail.forStatus(status), null, firstCode(items), positional(items));
        this.items = List.copyOf(items);
    }

    /** The error items, at least one. */
    public List<Item> items() {
        return items;
    }

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder().append(getStatusCode().value());
        for (Item item : items) {
            message.append(' ').append(item.code().code());
            if (item.attribute() != null) {
                message.append(" (").append(item.attribute()).append(')');
            }
        }
        return message.toString();
    }

    private static String firstCode(List<Item> items) {
        if (Objects.requireNonNull(items, "items").isEmpty()) {
            throw new IllegalArgumentException("an ErrorCodeException needs at least one item");
        }
        return items.get(0).code().code();
    }

    /** The first item's arguments in declared order, for message sources that take them positionally. */
    private static Object[] positional(List<Item> items) {
        Item first = items.get(0);
        List<Argument> declared = first.code().arguments();
        Object[] values = new Object[declared.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = first.arguments().get(declared.get(i).name());
        }
        return values;
    }

    /**
     * One error item.
     *
     * @param code the catalog code
     * @param attribute the request parameter it concerns, or {@code null} (also for {@code "base"}: the whole request)
     * @param arguments values of the code's named arguments; values may be {@code null}, names not
     */
    public record Item(ErrorCode code, String attribute, Map<String, ?> arguments) {

        public Item {
            Objects.requireNonNull(code, "code");
            Map<String, Object> copy = new LinkedHashMap<>();
            if (arguments != null) {
                arguments.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "argument name"), value));
            }
            arguments = Collections.unmodifiableMap(copy);
        }

        /** An item with no arguments. */
        public Item(ErrorCode code, String attribute) {
            this(code, attribute, Map.of());
        }
    }
}
