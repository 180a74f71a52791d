package org.latitude.cli;

import java.nio.file.Path;

/** Malformed input: the file, the line (1-based) and what is wrong. Nothing is written when it is thrown. */
final class CsvFormatException extends RuntimeException {

    private final transient Path file;
    private final long line;

    CsvFormatException(Path file, long line, String problem) {
        super(file.getFileName() + ", line " + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    Path file() {
        return file;
    }

    long line() {
        return line;
    }
}
