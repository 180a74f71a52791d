package org.latitude.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.latitude.security.AccessTokens;
import org.latitude.security.ApiScope;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** API clients against the started test application: with a new token of a user's, or anonymous. */
@Component
public class ApiClients {

    private final UserDetailsService users;
    private final AccessTokens tokens;
    private final Environment environment;

    public ApiClients(UserDetailsService users, AccessTokens tokens, Environment environment) {
        this.users = users;
        this.tokens = tokens;
        this.environment = environment;
    }

    /** A client with a new token of {@code username}'s holding {@code scopes}. */
    public ApiClient of(String username, ApiScope... scopes) {
        return ApiClient.forUser(port(), users, tokens, username, scopes);
    }

    /** A client with a new token of the test profile's admin. */
    public ApiClient admin(ApiScope... scopes) {
        return of(LatitudeSpringTest.ADMIN, scopes);
    }

    public ApiClient anonymous() {
        return ApiClient.anonymous(port());
    }

    /** The server's port, known once the web server has started (read per call, so a bean made earlier works). */
    public int port() {
        return Integer.parseInt(environment.getRequiredProperty("local.server.port"));
    }

    /** A 403 problem naming the scope the endpoint needs. */
    public static void assertNeedsScope(HttpResponse<String> response, ApiScope scope) {
        assertThat(response.statusCode()).as(response.uri().getPath()).isEqualTo(403);
        assertThat(ApiClient.json(response).get("requiredScope").asString()).isEqualTo(scope.value());
    }
}
