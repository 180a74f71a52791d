/**
 * Exports of a campaign's annotations as files other tools read: consensus labels in the Aegis 2.0 JSONL schema, the
 * long form (item × rater, CSV and JSON Lines), a Hugging Face–ready dataset folder (ZIP), and their pairwise
 * equivalents. Every export streams: annotations are read in keyset pages and written as they arrive, so a campaign
 * of millions of annotations never sits in memory. Admin only; each download is written to the audit log.
 * Formats: docs/formats.md, "Exports".
 */
@ApplicationModule(allowedDependencies = {"annotation", "assignment", "audit", "campaign", "dataset", "judge",
        "security", "shared", "taxonomy", "textio"})
package org.latitude.export;

import org.springframework.modulith.ApplicationModule;
