package dev.errorcatalog.example;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.spring.web.ErrorCodeException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /calls {"to": "+14155550100"}}: 201 for an E.164 number, else a localized 422 problem. */
@RestController
class CallsController {

    /** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    record CallRequest(String to) {
    }

    @PostMapping("/calls")
    ResponseEntity<CallRequest> create(@RequestBody(required = false) CallRequest call) {
        String to = call == null ? null : call.to();
        if (to == null || to.isBlank()) {
            throw new ErrorCodeException(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.MISSING_REQUIRED_PARAMETER, "to");
        }
        if (!E164.matcher(to).matches()) {
            throw new ErrorCodeException(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.NOT_E164, "to");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new CallRequest(to));
    }
}
