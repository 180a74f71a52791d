package org.latitude.dataset;

/**
 * What to import: the new dataset's name, the file's format ({@code null} to detect it from the content), the file
 * name shown in the report and the audit log, and where ids come from ({@code null}: the file's ids, or file hash +
 * line when the format or the file's first row has none; see {@link IdRule}).
 */
public record ImportRequest(String datasetName, ImportFormat format, String fileName, IdRule ids) {

    public ImportRequest(String datasetName, ImportFormat format, String fileName) {
        this(datasetName, format, fileName, null);
    }
}
