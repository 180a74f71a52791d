/**
 * Model judgments: model raters (kept apart from human raters), their safety, pairwise and principle-specific
 * judgments imported from files or collected live from OpenAI-compatible endpoints, and the read API the analysis
 * builds on. Never reachable by annotators.
 */
@ApplicationModule(allowedDependencies = {"audit", "campaign", "dataset", "security", "shared", "taxonomy",
    "textio"})
package org.latitude.judge;

import org.springframework.modulith.ApplicationModule;
