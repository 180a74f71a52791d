package org.latitude.shared;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details of the REST API, with a {@code type} under one documented base (docs/api/README.md lists
 * the types). Used by the security module's API filter chain and by the API's controllers alike.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://latitude.invalid/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
