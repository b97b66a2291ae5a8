package dev.errorcatalog.example;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the load run only ({@code --spring.profiles.active=benchmark}, see {@code bench/run.sh}): the same 422
 * as {@code POST /calls}, answered by Spring's own {@code ProblemDetail} handling, as the baseline.
 */
@RestController
@Profile("benchmark")
class BaselineController {

    @PostMapping("/baseline/calls")
    void create(@RequestBody(required = false) CallsController.CallRequest call) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The number must be in E.164 format.");
        problem.setProperty("code", "not_e164");
        throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }
}
