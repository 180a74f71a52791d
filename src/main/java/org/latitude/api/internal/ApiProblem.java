package org.latitude.api.internal;

import org.latitude.shared.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A refusal the API answers with exactly this problem detail. */
public final class ApiProblem extends RuntimeException {

    private final ProblemDetail problem;

    public ApiProblem(ProblemDetail problem) {
        super(problem.getDetail());
        this.problem = problem;
    }

    public ApiProblem(HttpStatus status, String type, String detail) {
        this(Problems.of(status, type, detail));
    }

    public ProblemDetail problem() {
        return problem;
    }
}
