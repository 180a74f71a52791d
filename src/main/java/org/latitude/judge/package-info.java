/**
 * Model judgments: model raters (kept apart from human raters), their safety, pairwise and principle-specific
 * judgments imported from files or collected live from OpenAI-compatible endpoints, and the read API the analysis
 * builds on. Never reachable by annotators.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"dataset", "taxonomy", "campaign", "shared",
        "audit", "security"})
package org.latitude.judge;
