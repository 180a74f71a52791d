package org.latitude.dataset.internal;

import org.latitude.dataset.ImportLimits;
import org.latitude.textio.ReadLimits;
import org.latitude.textio.TextFault;

/** The wording of problems with the bytes of a file, shared by all formats: the reader's reason and the setting. */
final class LineFaults {

    private LineFaults() {
    }

    static ReadLimits readLimits(ImportLimits limits) {
        return new ReadLimits((int) limits.maxLineBytes(), limits.maxFileBytes());
    }

    static String describe(TextFault fault) {
        String reason = switch (fault.kind()) {
            case LINE_TOO_LONG, RECORD_TOO_LONG -> fault.reason() + " (limit latitude.import.max-line-bytes)";
            case INVALID_UTF8 -> fault.reason().replace("(the file must be UTF-8 text)",
                    "(the file must be UTF-8 text; this line holds bytes that are not)");
            default -> fault.reason();
        };
        return fault.fatal() ? reason + "; the rest of the file was not checked" : reason;
    }

    /** Whether the fault ends the read as a problem of the whole file (too large, a bad or bombing gzip stream). */
    static boolean isFileProblem(TextFault fault) {
        return fault.kind() == TextFault.Kind.INPUT_TOO_LARGE || fault.kind() == TextFault.Kind.GZIP_BOMB
                || fault.kind() == TextFault.Kind.BAD_GZIP;
    }

    static String fileProblem(TextFault fault, ImportLimits limits) {
        return fault.kind() == TextFault.Kind.INPUT_TOO_LARGE ? fileTooLarge(limits, fault.line())
                : fault.reason() + "; reading stopped after line " + fault.line();
    }

    static String fileTooLarge(ImportLimits limits, long linesChecked) {
        return "the file is larger than " + limits.maxFileBytes() + " bytes (limit latitude.import.max-file-bytes); "
                + "reading stopped after line " + linesChecked;
    }
}
