/**
 * Tiny value types shared by every module: the typed ids, the validation error and the application clock.
 */
@ApplicationModule(type = Type.OPEN, allowedDependencies = {})
package org.latitude.shared;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
