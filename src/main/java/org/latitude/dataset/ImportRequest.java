package org.latitude.dataset;

/**
 * What to import: the new dataset's name, the file's format ({@code null} to detect it from the content) and the file
 * name shown in the report and the audit log.
 */
public record ImportRequest(String datasetName, ImportFormat format, String fileName) {
}
