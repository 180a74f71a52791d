package org.latitude.dataset;

/**
 * Limits of one import (properties {@code latitude.import.max-line-bytes}, {@code latitude.import.max-file-bytes},
 * {@code latitude.import.max-items}). A line (a JSONL line, a CSV record or an element of a JSON array) longer than
 * {@code maxLineBytes}, a file larger than {@code maxFileBytes} or more than {@code maxItems} items is refused.
 */
public record ImportLimits(long maxLineBytes, long maxFileBytes, long maxItems) {

    public static final long DEFAULT_MAX_LINE_BYTES = 1L << 20;
    public static final long DEFAULT_MAX_FILE_BYTES = 512L << 20;
    public static final long DEFAULT_MAX_ITEMS = 1_000_000;
    /** How many problems a report lists; the rest are only counted. */
    public static final int REPORTED_PROBLEMS = 100;

    public ImportLimits {
        if (maxLineBytes < 1 || maxLineBytes > Integer.MAX_VALUE - 16 || maxFileBytes < 1 || maxItems < 1) {
            throw new IllegalArgumentException("import limits must be positive (max-line-bytes below 2 GiB)");
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ITEMS);
    }
}
