package org.latitude.cli;

import java.nio.file.Path;

/** Malformed input: the file, the line (1-based) and what is wrong. Nothing is written when it is thrown. */
final class CsvFormatException extends RuntimeException {

    private final transient Path file;
    private final long line;
    private final String problem;

    CsvFormatException(Path file, long line, String problem) {
        super(file.getFileName() + ", line " + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** The same problem, {@code lines} further down (for a part of a file parsed on its own). */
    CsvFormatException shifted(long lines) {
        return new CsvFormatException(file, line + lines, problem);
    }

    Path file() {
        return file;
    }

    long line() {
        return line;
    }
}
