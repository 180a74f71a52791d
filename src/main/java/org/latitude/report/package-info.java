/**
 * Reports: the shape of a reported figure ({@link org.latitude.report.Measure}), the one report.json layout
 * ({@link org.latitude.report.ReportDocument}), the report's content (figures, tables, warnings), report.html and the
 * downloadable bundle ({@link org.latitude.report.ReportBundle}); used by the headless commands and the web analysis.
 * Charts are in the named interface {@code report :: chart}.
 */
@ApplicationModule(allowedDependencies = {"agreement", "discretion", "textio"})
package org.latitude.report;

import org.springframework.modulith.ApplicationModule;
