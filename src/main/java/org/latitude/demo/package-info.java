/**
 * Demo mode: demo users, presets, datasets and two running campaigns, seeded through the same services an admin uses.
 */
@ApplicationModule(allowedDependencies = {"campaign", "dataset", "security", "shared", "taxonomy"})
package org.latitude.demo;

import org.springframework.modulith.ApplicationModule;
