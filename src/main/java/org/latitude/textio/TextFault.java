package org.latitude.textio;

/**
 * What is wrong with a piece of input, located: the source (a file name), the 1-based line where the record or line
 * starts (for invalid UTF-8: the line of the first bad byte), the 0-based byte offset in the (decompressed) text and
 * the kind. A fatal fault ends the read: where the next record starts can no longer be known, or the input must not
 * be read further.
 */
public record TextFault(String source, long line, long byteOffset, Kind kind, String detail, boolean fatal) {

    /** The kinds of fault, each with the wording of its reason. */
    public enum Kind {
        INVALID_UTF8, LINE_TOO_LONG, RECORD_TOO_LONG, UNTERMINATED_QUOTE, TEXT_AFTER_QUOTE, QUOTE_IN_UNQUOTED_FIELD,
        INPUT_TOO_LARGE, GZIP_BOMB, BAD_GZIP
    }

    /** The reason in words, without the location. */
    public String reason() {
        return switch (kind) {
            case INVALID_UTF8 -> "invalid UTF-8 at byte offset " + byteOffset + " (the file must be UTF-8 text)";
            case LINE_TOO_LONG -> "line longer than " + detail + " bytes";
            case RECORD_TOO_LONG -> "record longer than " + detail + " bytes";
            case UNTERMINATED_QUOTE -> "a quoted field is not closed before the end of the file";
            case TEXT_AFTER_QUOTE -> "invalid CSV: text after the closing quote of field " + detail;
            case QUOTE_IN_UNQUOTED_FIELD -> "invalid CSV: a quote inside unquoted field " + detail
                    + " (quote the field and double the quote)";
            case INPUT_TOO_LARGE -> "the file is larger than " + detail + " bytes";
            case GZIP_BOMB -> "the gzip file expands more than " + ReadLimits.MAX_GZIP_RATIO
                    + " times its compressed size; refused as a decompression bomb";
            case BAD_GZIP -> "not a valid gzip file (" + Excerpt.of(detail) + ")";
        };
    }

    /** {@code source, line N: reason}. */
    public String message() {
        return source + ", line " + line + ": " + reason();
    }
}
