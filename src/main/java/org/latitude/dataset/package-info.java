/**
 * Datasets: validated all-or-nothing imports, the items with their reference labels, browsing and search, and the item
 * catalogue other modules render from.
 */
@ApplicationModule(allowedDependencies = {"audit", "shared", "taxonomy"})
package org.latitude.dataset;

import org.springframework.modulith.ApplicationModule;
