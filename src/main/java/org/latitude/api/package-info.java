/**
 * The REST API under {@code /api/v1}: thin controllers over the other modules' services, which keep their own role
 * and object-level checks (the token's user is the acting user). Authentication is the security module's stateless
 * bearer-token filter chain; each endpoint names the scope it needs ({@link org.latitude.api.RequiresScope}); errors
 * are RFC 9457 problem details.
 */
@ApplicationModule(allowedDependencies = {"annotation", "assignment", "audit", "campaign", "dataset", "export",
        "judge", "security", "shared", "taxonomy"})
package org.latitude.api;

import org.springframework.modulith.ApplicationModule;
