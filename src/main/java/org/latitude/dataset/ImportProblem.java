package org.latitude.dataset;

/**
 * Why a line (or record) of a file cannot be imported. {@code line} is the 1-based line number where the row starts,
 * or 0 for a problem of the whole file.
 */
public record ImportProblem(long line, String reason) {

    @Override
    public String toString() {
        return line == 0 ? "File: " + reason : "Line " + line + ": " + reason;
    }
}
