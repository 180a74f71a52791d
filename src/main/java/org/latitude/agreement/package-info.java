/**
 * Inter-annotator agreement maths (Krippendorff's α, the κ family, Gwet's AC1/AC2, bootstrap intervals, Dawid–Skene):
 * pure Java over the JDK and Commons Math, so every caller runs the same maths.
 */
@ApplicationModule(allowedDependencies = {})
package org.latitude.agreement;

import org.springframework.modulith.ApplicationModule;
