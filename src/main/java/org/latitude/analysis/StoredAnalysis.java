package org.latitude.analysis;

import java.time.Instant;

/**
 * A finished analysis as stored, with its provenance and its {@code report.json} text.
 *
 * @param itemSetSha256 SHA-256 of the sorted ids of the items with a human annotation
 * @param inputsSha256  SHA-256 over the coded annotations and model judgments; equal hashes, equal report
 * @param readMs        time spent reading the database
 * @param enginesMs     time spent in the agreement and discretion engines
 * @param chartsMs      time spent drawing the charts (SVG)
 * @param zipMs         time spent writing the bundle ZIP (report.html with its charts, the CSV tables)
 * @param writeMs       time spent writing report.json and storing the run
 */
public record StoredAnalysis(long id, long campaignId, String taskType, String document, String itemSetSha256,
                             String inputsSha256, String softwareVersion, long seed, int bootstrap, int overlap,
                             int goldRatePercent, int annotators, long annotations, int models, Instant startedAt,
                             Instant finishedAt, String startedBy, long readMs, long enginesMs, long chartsMs,
                             long zipMs, long writeMs,
                             String reportJson) {
}
