package org.latitude.judge;

/** A reason a judgment file was refused, at its line (0 for the whole file). */
public record ImportProblem(long line, String reason) {

    @Override
    public String toString() {
        return (line > 0 ? "Line " + line : "File") + ": " + reason;
    }
}
