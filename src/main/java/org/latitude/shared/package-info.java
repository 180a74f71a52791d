/** Tiny value types shared by every module (typed errors, clock). No behaviour, no framework. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.latitude.shared;
