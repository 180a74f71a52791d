/**
 * The audit log of admin changes (written in the transaction of the change it describes) and of security events;
 * the actor comes from {@code shared.ActingUser}, which the security module implements.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.latitude.audit;

import org.springframework.modulith.ApplicationModule;
