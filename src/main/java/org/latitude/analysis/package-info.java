/**
 * Campaign analysis: turns a campaign's annotations and model judgments into the inputs of the pure agreement and
 * alignment-discretion engines for every field of the task, runs them as a background job with progress and cancel,
 * and stores the result with its provenance as a {@code report.json} document (schema latitude-report/1). Humans
 * and models are kept apart: headline figures are human–human; models are compared with the humans; model–model and
 * pooled figures are labelled. Admins only (blind annotation).
 */
@ApplicationModule(allowedDependencies = {"agreement", "discretion", "report", "report :: chart", "cli :: discretion", "annotation",
        "dataset", "judge", "campaign", "taxonomy", "security", "audit", "export", "shared"})
package org.latitude.analysis;

import org.springframework.modulith.ApplicationModule;
