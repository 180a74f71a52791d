/**
 * The audit log of admin changes, written in the transaction of the change it describes.
 */
@ApplicationModule(allowedDependencies = {})
package org.latitude.audit;

import org.springframework.modulith.ApplicationModule;
