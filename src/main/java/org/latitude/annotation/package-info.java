/**
 * Annotations: the annotator's workspace (next item, submit, skip, own history with edits) and the admin's read API of
 * a campaign's annotations for analysis and exports.
 */
@ApplicationModule(allowedDependencies = {"assignment", "campaign", "dataset", "security", "shared", "taxonomy"})
package org.latitude.annotation;

import org.springframework.modulith.ApplicationModule;
