/**
 * Versioned hazard taxonomies and principle sets: one import flow for files and bundled presets, browsing, and
 * immutability once a campaign uses a version.
 */
@ApplicationModule(allowedDependencies = {"audit", "security", "shared"})
package org.latitude.taxonomy;

import org.springframework.modulith.ApplicationModule;
