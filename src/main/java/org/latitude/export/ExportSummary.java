package org.latitude.export;

/** What an export wrote: items (consensus lines or distinct items) and records (lines or rows, no header). */
public record ExportSummary(ExportFormat format, long items, long records) {
}
