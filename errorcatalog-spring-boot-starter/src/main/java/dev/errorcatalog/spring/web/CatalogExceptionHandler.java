package dev.errorcatalog.spring.web;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.spring.web.ErrorCodeException.Item;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.core.exc.StreamReadException;

/**
 * Answers {@link ErrorCodeException} and those of Spring's own errors that a catalog code fits as
 * localized {@code application/problem+json}, with {@code Content-Language} and {@code Vary:
 * Accept-Language}; every other Spring error as Spring's own {@code ProblemDetail}.
 *
 * <p>Codes that fit: a missing request parameter, and a bean-validation failure whose every field error is
 * a required value ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}), both as
 * {@code missing_required_parameter} naming the parameter; a request body that is not JSON as
 * {@code not_a_valid_json}. The status stays Spring's.
 *
 * <p>The locale is the one the application's {@code LocaleResolver} gives the request (the starter's
 * negotiates {@code Accept-Language} with the catalog); without one, the catalog negotiates the header.
 * Registered by the starter unless the application has a {@code ResponseEntityExceptionHandler} of its own;
 * an application's own {@code @ExceptionHandler} for these exceptions comes first.
 *
 * @since 0.1
 */
@ControllerAdvice
public class CatalogExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty");

    private final ErrorCatalog catalog;
    private final ProblemResponses responses;

    /** A handler that resolves messages with {@code catalog} and renders them with {@code responses}. */
    public CatalogExceptionHandler(ErrorCatalog catalog, ProblemResponses responses) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.responses = Objects.requireNonNull(responses, "responses");
    }

    /** The localized problem for a service's own error. */
    @ExceptionHandler(ErrorCodeException.class)
    public ResponseEntity<Object> handleErrorCode(ErrorCodeException ex, HttpServletRequest request) {
        return responses.render(ex.getStatusCode(), ex.items(), locale(request), request.getRequestURI());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return render(status, List.of(new Item(ErrorCode.MISSING_REQUIRED_PARAMETER, ex.getParameterName())), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Item> items = new ArrayList<>();
        for (ObjectError error : ex.getBindingResult().getAllErrors()) {
            if (!(error instanceof FieldError field) || !REQUIRED.contains(error.getCode())) {
                return super.handleMethodArgumentNotValid(ex, headers, status, request);
            }
            items.add(new Item(ErrorCode.MISSING_REQUIRED_PARAMETER, field.getField()));
        }
        return items.isEmpty() ? super.handleMethodArgumentNotValid(ex, headers, status, request)
                : render(status, items, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getMostSpecificCause() instanceof StreamReadException) {
            return render(status, List.of(new Item(ErrorCode.NOT_A_VALID_JSON, null)), request);
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    private ResponseEntity<Object> render(HttpStatusCode status, List<Item> items, WebRequest request) {
        HttpServletRequest servlet = request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
        if (servlet == null) {
            return responses.render(status, items, catalog.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), null);
        }
        return responses.render(status, items, locale(servlet), servlet.getRequestURI());
    }

    private Locale locale(HttpServletRequest request) {
        LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
        return resolver != null ? resolver.resolveLocale(request)
                : catalog.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
