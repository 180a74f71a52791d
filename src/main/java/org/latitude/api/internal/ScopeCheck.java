package org.latitude.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.latitude.api.RequiresScope;
import org.latitude.audit.AuditLog;
import org.latitude.security.ApiScope;
import org.latitude.security.CurrentUser;
import org.latitude.security.TokenUse;
import org.latitude.shared.Problems;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request whose token lacks the endpoint's scope with a 403 problem naming it, and audits every request
 * made under a write scope once it has been answered (status included, in its own transaction, so a failed
 * request is recorded too). An API endpoint that declares no scope is refused: a missing declaration must not
 * mean "any token".
 */
final class ScopeCheck implements HandlerInterceptor {

    private static final String AUDITED = ScopeCheck.class.getName() + ".audited";

    private final CurrentUser currentUser;
    private final AuditLog audit;

    ScopeCheck(CurrentUser currentUser, AuditLog audit) {
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true; // not a controller (a static resource or the error page): nothing to scope
        }
        if (!method.getBeanType().getPackageName().startsWith("org.latitude.api")) {
            return true; // springdoc's own document endpoint, public by the security configuration
        }
        if (method.getBeanType() == UnknownApiRoute.class) {
            return true; // answers 404 to any authenticated caller
        }
        RequiresScope declared = declared(method);
        TokenUse token = currentUser.token().orElse(null);
        if (declared == null || token == null) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "This endpoint cannot be used with this "
                    + "credential.");
        }
        ApiScope needed = declared.value();
        if (!token.allows(needed)) {
            ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "insufficient-scope", "This endpoint needs "
                    + "the scope " + needed.value() + "; the token has " + token.scopes().stream()
                    .map(ApiScope::value).sorted().collect(Collectors.joining(", ")) + ".");
            problem.setProperty("requiredScope", needed.value());
            throw new ApiProblem(problem);
        }
        if (needed.writes() || !request.getMethod().equals("GET")) {
            request.setAttribute(AUDITED, token);
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (request.getAttribute(AUDITED) instanceof TokenUse token) {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            audit.recordEvent(currentUser.name(), "api.request", request.getMethod() + " "
                    + request.getRequestURI() + query, "token " + token.prefix() + "…, status " + response.getStatus());
        }
    }

    private static RequiresScope declared(HandlerMethod method) {
        RequiresScope onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresScope.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresScope.class);
    }
}
