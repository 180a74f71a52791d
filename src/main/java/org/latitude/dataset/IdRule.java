package org.latitude.dataset;

/**
 * Where item ids come from (docs/formats.md, "Item ids"). Generated ids are stable: importing the same file again
 * gives the same ids, so judgments and exports keyed by id still match.
 */
public enum IdRule {
    /** The file's own ids ({@code id}, or the preset's id column); a row without one is a problem. */
    FROM_FILE("From the file"),
    /**
     * {@code <first 12 hex digits of the file's SHA-256>-L<line>}: the file and the line the row starts on. The file
     * hash is that of the bytes as uploaded (for a gzip file, the compressed bytes), which the dataset records.
     */
    SOURCE_LINE("File hash + line number"),
    /**
     * {@code c-<first 16 hex digits of the SHA-256 of the row's content>}: the same text gets the same id in any file,
     * and a row whose content was already seen in the file is left out (deduplication) and counted in the report.
     */
    CONTENT_HASH("Content hash (deduplicate)");

    private final String label;

    IdRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
