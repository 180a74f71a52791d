package org.latitude.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.latitude.audit.AuditLog;
import org.latitude.security.internal.AccessTokenSecrets;
import org.latitude.security.internal.AccessTokenStore;
import org.latitude.shared.FieldProblem;
import org.latitude.shared.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the REST API: each signed-in user creates, lists and revokes their own (admins may
 * revoke anyone's). The token is returned once and stored as a hash; its lifetime defaults to
 * {@code latitude.api.token.default-lifetime-days} and cannot exceed {@code latitude.api.token.max-lifetime-days}.
 * A token cannot create tokens: a leaked one must not be able to outlive its own expiry or revocation.
 */
@Service
public class AccessTokens {

    static final int MAX_NAME = 100;

    private final AccessTokenStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final int defaultDays;
    private final int maxDays;

    AccessTokens(AccessTokenStore store, CurrentUser currentUser, AuditLog audit, Clock clock,
                 @Value("${latitude.api.token.default-lifetime-days:90}") int defaultDays,
                 @Value("${latitude.api.token.max-lifetime-days:365}") int maxDays) {
        if (defaultDays < 1 || maxDays < defaultDays) {
            throw new IllegalArgumentException("latitude.api.token: need 1 <= default-lifetime-days <= "
                    + "max-lifetime-days, got " + defaultDays + " and " + maxDays);
        }
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.defaultDays = defaultDays;
        this.maxDays = maxDays;
    }

    public int defaultLifetimeDays() {
        return defaultDays;
    }

    public int maxLifetimeDays() {
        return maxDays;
    }

    /** The scopes the signed-in user may give a token, by their current roles. */
    @PermitAll
    public Set<ApiScope> grantableScopes() {
        CurrentIdentity me = currentUser.require();
        Set<ApiScope> grantable = EnumSet.noneOf(ApiScope.class);
        for (ApiScope scope : ApiScope.values()) {
            if (scope.requiredRole().map(me::has).orElse(true)) {
                grantable.add(scope);
            }
        }
        return grantable;
    }

    @PermitAll
    @Transactional
    public NewAccessToken create(AccessTokenRequest request) {
        CurrentIdentity me = currentUser.require();
        if (currentUser.token().isPresent()) {
            throw new AccessDeniedException("An access token cannot create tokens; sign in to create one.");
        }
        String name = request.name() == null ? "" : request.name().strip();
        int days = request.lifetimeDays() == null ? defaultDays : request.lifetimeDays();
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty() || name.length() > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(FieldProblem.of("name", "Give the token a name of 1–" + MAX_NAME
                    + " characters, to recognise it by later."));
        }
        if (request.scopes().isEmpty()) {
            problems.add(FieldProblem.of("scopes", "Choose at least one scope."));
        }
        Set<ApiScope> refused = request.scopes().stream().filter(s -> !grantableScopes().contains(s))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class)));
        if (!refused.isEmpty()) {
            problems.add(FieldProblem.of("scopes", "Your roles do not allow the scopes " + refused + "."));
        }
        if (days < 1 || days > maxDays) {
            problems.add(FieldProblem.of("lifetimeDays", "A token lives 1–" + maxDays + " days."));
        }
        if (!problems.isEmpty()) {
            throw ValidationException.of(problems);
        }
        Instant now = clock.instant();
        String token = AccessTokenSecrets.generate();
        long id = store.insert(me.userId(), name, AccessTokenSecrets.hash(token), AccessTokenSecrets.shown(token),
                request.scopes(), now, now.plus(Duration.ofDays(days)));
        AccessTokenSummary created = store.find(id).orElseThrow();
        audit.record("token.create", me.username() + " " + created.prefix(), "name=" + name + ", scopes="
                + sortedValues(created.scopes()) + ", expires " + created.expiresAt());
        return new NewAccessToken(token, created);
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones included. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<AccessTokenSummary> mine() {
        return store.ofUser(currentUser.require().userId());
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AccessTokenSummary> all() {
        return store.all();
    }

    /** Revokes one of the caller's tokens (an admin: anyone's); it is refused from its next request on. */
    @PermitAll
    @Transactional
    public AccessTokenSummary revoke(long tokenId) {
        CurrentIdentity me = currentUser.require();
        AccessTokenSummary token = store.find(tokenId)
                .filter(t -> t.userId() == me.userId() || me.isAdmin())
                .orElseThrow(() -> new ValidationException("No such token."));
        if (store.revoke(tokenId, clock.instant())) {
            audit.record("token.revoke", token.prefix(), "name=" + token.name()
                    + (token.userId() == me.userId() ? "" : ", user id " + token.userId()));
        }
        return store.find(tokenId).orElseThrow();
    }

    private static List<String> sortedValues(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::value).sorted().toList();
    }
}
