/**
 * User accounts, roles, sign-in with throttling, and who the current user is.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared"})
package org.latitude.security;

import org.springframework.modulith.ApplicationModule;
