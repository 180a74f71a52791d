package org.latitude.security.internal;

import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Method security for {@code @RolesAllowed} / {@code @PermitAll} / {@code @DenyAll} that first refuses a caller whose
 * session must end, so revoked authority cannot act through a service even where no HTTP request was checked (a
 * background job started by the user, a test calling the service directly). {@code @PermitAll} included: a disabled
 * annotator's session stores nothing.
 */
final class CurrentSessionAuthorization implements AuthorizationManager<MethodInvocation> {

    private final Jsr250AuthorizationManager rules = new Jsr250AuthorizationManager();
    private final Supplier<SignedInSessions> sessions;

    CurrentSessionAuthorization(Supplier<SignedInSessions> sessions) {
        this.sessions = sessions;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         MethodInvocation invocation) {
        // read the context directly: the supplier throws when nobody is signed in, which @PermitAll must allow
        Authentication caller = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (sessions.get().mustEnd(caller)) {
            return new AuthorizationDecision(false);
        }
        return rules.authorize(authentication, invocation);
    }
}
