package dev.errorcatalog.spring.app;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.spring.web.ErrorCodeException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A service with the starter and nothing of its own; tests add their own beans to it. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TestApplication.Endpoints.class)
public class TestApplication {

    /** Endpoints that throw, and that show what the request's locale and message source give. */
    @RestController
    public static class Endpoints {

        private final MessageSource messages;

        public Endpoints(MessageSource messages) {
            this.messages = messages;
        }

        public record Call(String to) {
        }

        public record Form(@NotBlank String name, @NotBlank String to, @Size(max = 3) String tag) {
        }

        /** 422 not_e164 for anything but a plus sign and digits. */
        @PostMapping("/calls")
        public Call call(@RequestBody Call call) {
            if (call.to() == null || !call.to().matches("\\+[1-9][0-9]{1,14}")) {
                throw new ErrorCodeException(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.NOT_E164, "to");
            }
            return call;
        }

        /** Three items in one response, two of one code with their own arguments (or none). */
        @PostMapping("/purchases")
        public void purchase(@RequestParam(defaultValue = "true") boolean withArguments) {
            throw new ErrorCodeException(HttpStatus.UNPROCESSABLE_CONTENT, List.of(
                    new ErrorCodeException.Item(ErrorCode.PURCHASED_TOO_RECENTLY, "base",
                            withArguments ? Map.of("waitDays", 3, "trialWaitDays", 1) : Map.of()),
                    new ErrorCodeException.Item(ErrorCode.NOT_E164, "to"),
                    new ErrorCodeException.Item(ErrorCode.PURCHASED_TOO_RECENTLY, "number",
                            Map.of("waitDays", 5, "trialWaitDays", 2))));
        }

        /** A required request parameter: its absence is Spring's MissingServletRequestParameterException. */
        @GetMapping("/greeting")
        public String greeting(@RequestParam String name) {
            return messages.getMessage("app.greeting", new Object[] {name}, LocaleContextHolder.getLocale());
        }

        /** Bean validation of a JSON body. */
        @PostMapping("/forms")
        public Form form(@Valid @RequestBody Form form) {
            return form;
        }

        /** Spring's own 422, answered by Spring's own ProblemDetail handling. */
        @GetMapping("/spring-problem")
        public void springProblem() {
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT);
        }

        /** The request's locale as Spring resolved it. */
        @GetMapping("/locale")
        public String locale() {
            return LocaleContextHolder.getLocale().toLanguageTag();
        }

        /** A message of the application's message source, with positional arguments. */
        @GetMapping("/messages/{code}")
        public String message(@org.springframework.web.bind.annotation.PathVariable String code,
                @RequestParam(required = false) List<String> arg) {
            Object[] args = arg == null ? null : arg.stream().map(Endpoints::number).toArray();
            return messages.getMessage(code, args, LocaleContextHolder.getLocale());
        }

        private static Object number(String value) {
            return value.matches("[0-9]+") ? (Object) Long.valueOf(value) : value;
        }
    }
}
