package org.latitude.api.internal;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/**} address no endpoint maps: a 404 problem, not the application's HTML error page (every
 * mapped endpoint is more specific and wins).
 */
@Hidden
@RestController
class UnknownApiRoute {

    @RequestMapping("/api/**")
    void unknown() {
        throw new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "There is no such API endpoint. The endpoints are "
                + "described at /api/v1/openapi.json.");
    }
}
