package org.latitude.dataset.internal;

import org.latitude.dataset.ImportLimits;

/** The wording of problems with the bytes of a file, shared by all formats. */
final class LineFaults {

    private LineFaults() {
    }

    static String describe(Utf8LineReader.Fault fault, ImportLimits limits) {
        return switch (fault) {
            case TOO_LONG -> lineTooLong(limits);
            case INVALID_UTF8 -> "invalid UTF-8 (the file must be UTF-8 text; this line holds bytes that are not)";
        };
    }

    static String lineTooLong(ImportLimits limits) {
        return "line longer than " + limits.maxLineBytes() + " bytes (limit latitude.import.max-line-bytes)";
    }

    static String fileTooLarge(ImportLimits limits, long linesChecked) {
        return "the file is larger than " + limits.maxFileBytes() + " bytes (limit latitude.import.max-file-bytes); "
                + "reading stopped after line " + linesChecked;
    }
}
