package org.latitude.judge;

import java.util.List;

/**
 * The outcome of a judgment import: stored whole, recognised as already imported (same content hash: nothing
 * changed), or refused with the problems by line (nothing stored).
 */
public record JudgmentImportReport(Outcome outcome, Long batchId, String fileName, long lines, long judgments,
                                   long skippedRows, List<ImportProblem> problems, long problemCount) {

    public enum Outcome { IMPORTED, ALREADY_IMPORTED, REJECTED }

    public JudgmentImportReport {
        problems = List.copyOf(problems);
    }

    public boolean stored() {
        return outcome != Outcome.REJECTED;
    }

    /** A plain-text report for the screen. */
    public String text() {
        return switch (outcome) {
            case IMPORTED -> "Imported " + judgments + " judgments from " + fileName + " (" + lines + " lines"
                    + (skippedRows > 0 ? "; " + skippedRows + " rows naming items outside the campaign skipped" : "")
                    + ").";
            case ALREADY_IMPORTED -> fileName + " was already imported (same content, SHA-256) for this campaign and "
                    + "rater; nothing changed.";
            case REJECTED -> fileName + " was not imported; nothing was stored.\n" + String.join("\n",
                    problems.stream().map(ImportProblem::toString).toList())
                    + (problemCount > problems.size() ? "\n… and " + (problemCount - problems.size())
                    + " more problems." : "");
        };
    }
}
