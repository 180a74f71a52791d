/**
 * The headless analyze and discretion commands: read rating files, run the pure engines, write the report files.
 */
@ApplicationModule(allowedDependencies = {"agreement", "discretion", "report"})
package org.latitude.cli;

import org.springframework.modulith.ApplicationModule;
