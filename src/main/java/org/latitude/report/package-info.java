/**
 * The shape of a reported figure and its JSON and CSV writers, used by the headless commands (and by the web report
 * once it exists).
 */
@ApplicationModule(allowedDependencies = {"agreement", "discretion"})
package org.latitude.report;

import org.springframework.modulith.ApplicationModule;
