/**
 * Campaigns: settings with their task, lifecycle, members and gold items; publishes the events from which the item
 * pool is built.
 */
@ApplicationModule(allowedDependencies = {"audit", "dataset", "security", "shared", "taxonomy"})
package org.latitude.campaign;

import org.springframework.modulith.ApplicationModule;
