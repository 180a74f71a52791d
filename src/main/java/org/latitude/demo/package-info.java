/**
 * Demo mode: demo users, presets, datasets, two running campaigns and their model judgments, seeded through the same services an admin uses.
 */
@ApplicationModule(allowedDependencies = {"annotation", "assignment", "campaign", "dataset", "judge", "security",
        "shared", "taxonomy"})
package org.latitude.demo;

import org.springframework.modulith.ApplicationModule;
