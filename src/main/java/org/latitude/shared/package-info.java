/**
 * Tiny value types shared by every module: the typed ids, the validation error and the application clock; and the
 * queue that runs long work (imports) in the background with the caller's security context.
 */
@ApplicationModule(type = Type.OPEN, allowedDependencies = {})
package org.latitude.shared;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
