package org.latitude.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.latitude.api.RequiresScope;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The OpenAPI 3 document at {@code /api/v1/openapi.json} (springdoc): bearer-token security on every operation, each
 * operation's required scope in its description and extension {@code x-required-scope}, and the problem-detail
 * answers every operation can give. The server is the document's own origin, so the document does not depend on
 * where it was generated (it is checked into docs/api/openapi.json).
 */
@Configuration
class OpenApiConfiguration {

    static final String BEARER = "personalAccessToken";
    private static final String PROBLEM = "application/problem+json";

    @Bean
    OpenAPI latitudeOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Latitude REST API").version("v1")
                        .description("Programmatic access to Latitude: datasets, campaigns, model judgments and "
                                + "users. Authenticate with a personal access token created on the account page: "
                                + "`Authorization: Bearer lat_…`. Errors are RFC 9457 problem details. See "
                                + "docs/api/README.md.")
                        .license(new License().name("Apache-2.0")))
                .servers(List.of(new Server().url("/").description("this Latitude installation")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("lat_ personal access token"))
                        .addSchemas("Problem", problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer requiredScopes() {
        return (operation, handler) -> {
            RequiresScope scope = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequiresScope.class);
            if (scope == null) {
                scope = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequiresScope.class);
            }
            if (scope != null) {
                String needs = "Needs the token scope `" + scope.value().value() + "` (or `admin`).";
                operation.setDescription(operation.getDescription() == null ? needs
                        : operation.getDescription() + "\n\n" + needs);
                operation.addExtension("x-required-scope", scope.value().value());
            }
            addProblem(operation, "401", "No token, or the token is unknown, revoked or expired, or its user is "
                    + "disabled");
            addProblem(operation, "403", "The token lacks the scope, or the user's roles do not allow this");
            addProblem(operation, "429", "The token's rate limit is used up (see Retry-After)");
            return operation;
        };
    }

    private static void addProblem(Operation operation, String status, String description) {
        if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType(PROBLEM, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema problem = new Schema<>().type("object").description("RFC 9457 problem details; extension members "
                + "(problems, report, requiredScope, reference) depend on the type");
        problem.addProperty("type", new Schema<>().type("string").format("uri"));
        problem.addProperty("title", new Schema<>().type("string"));
        problem.addProperty("status", new Schema<>().type("integer"));
        problem.addProperty("detail", new Schema<>().type("string"));
        problem.addProperty("instance", new Schema<>().type("string"));
        problem.addProperty("requiredScope", new Schema<>().type("string"));
        return problem;
    }
}
