package org.latitude.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a personal access token may be used for. Every API endpoint needs one scope ({@link #ADMIN} stands in for
 * all of them); what the user may do is still decided by their current roles in the services, so a scope narrows a
 * token and never widens it. Scopes that change data are {@linkplain #writes() write scopes}: each use is audited.
 * A scope that {@linkplain #requiredRole() needs a role} can only be given to a token of a user with that role, and a
 * token stops working as soon as its user loses it.
 */
public enum ApiScope {
    DATASETS_WRITE("datasets:write", true, Role.ADMIN, "upload and read datasets"),
    CAMPAIGNS_READ("campaigns:read", false, null, "read campaigns and their progress"),
    ANNOTATIONS_READ("annotations:read", false, null, "export annotations"),
    JUDGMENTS_WRITE("judgments:write", true, Role.ADMIN, "import model judgments, run live-judge jobs"),
    REPORTS_READ("reports:read", false, null, "read analysis reports"),
    ADMIN("admin", true, Role.ADMIN, "everything an admin may do, users and campaign changes included");

    private final String value;
    private final boolean writes;
    private final Role requiredRole;
    private final String description;

    ApiScope(String value, boolean writes, Role requiredRole, String description) {
        this.value = value;
        this.writes = writes;
        this.requiredRole = requiredRole;
        this.description = description;
    }

    /** The name in requests, responses and documentation ({@code datasets:write}). */
    public String value() {
        return value;
    }

    public boolean writes() {
        return writes;
    }

    /** The role a user needs to hold a token with this scope; empty when any signed-in user may. */
    public Optional<Role> requiredRole() {
        return Optional.ofNullable(requiredRole);
    }

    public String description() {
        return description;
    }

    /** Whether a token holding this scope may call an endpoint that needs {@code needed}. */
    public boolean covers(ApiScope needed) {
        return this == needed || this == ADMIN;
    }

    public static Optional<ApiScope> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return value;
    }
}
