/**
 * Hands out a campaign's items to its members: the item pool, leases with expiry, completion counters and progress.
 */
@ApplicationModule(allowedDependencies = {"campaign", "dataset", "judge", "security", "shared", "taxonomy"})
package org.latitude.assignment;

import org.springframework.modulith.ApplicationModule;
