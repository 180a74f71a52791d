/**
 * The Vaadin views and components; thin, one service call per user action; no module depends on it.
 */
@ApplicationModule(allowedDependencies = {"annotation", "assignment", "audit", "campaign", "dataset", "demo",
        "export", "judge", "security", "shared", "taxonomy"})
package org.latitude.ui;

import org.springframework.modulith.ApplicationModule;
