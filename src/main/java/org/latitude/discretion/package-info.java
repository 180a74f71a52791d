/**
 * Alignment-discretion maths after Buyl et al. (2025) (case shares, DA, PS, w*, DD, ranks): pure Java over the JDK and
 * Commons Math.
 */
@ApplicationModule(allowedDependencies = {})
package org.latitude.discretion;

import org.springframework.modulith.ApplicationModule;
