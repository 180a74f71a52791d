/**
 * Report charts: typed inputs ({@link org.latitude.report.chart.Chart}) and their deterministic SVG
 * ({@link org.latitude.report.chart.ChartSvg}), shared by the HTML report and the analysis page.
 */
@NamedInterface("chart")
package org.latitude.report.chart;

import org.springframework.modulith.NamedInterface;
