package org.latitude.api.internal;

import java.util.List;
import java.util.Map;
import org.latitude.shared.FailureReference;
import org.latitude.shared.Problems;
import org.latitude.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem detail: Spring MVC's own (unreadable JSON, missing parameter, unknown
 * route: {@link ResponseEntityExceptionHandler}), the domain's refusals with their field problems, a role the
 * services refused, and unexpected failures with a reference to the log instead of a stack trace.
 */
@RestControllerAdvice(basePackages = "org.latitude.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem e) {
        return respond(e.problem());
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> refused(ValidationException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation", e.getMessage());
        List<Map<String, String>> problems = e.fieldProblems().stream().map(p -> p.field() == null
                ? Map.of("message", p.message()) : Map.of("field", p.field(), "message", p.message())).toList();
        problem.setProperty("problems", problems);
        return respond(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse || e instanceof jakarta.servlet.ServletException) {
            throw e; // Spring MVC's own, answered by the base class
        }
        FailureReference reference = FailureReference.next();
        LOG.error("API request failed unexpectedly, reference {}", reference, e);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected",
                "Something went wrong on the server. Quote reference " + reference + " to an administrator.");
        problem.setProperty("reference", reference.code());
        return respond(problem);
    }

    static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
