package org.latitude.cli.discretion;

import java.util.Locale;
import org.latitude.discretion.Outcome;

/**
 * A discrete preference written in a file, in item terms: {@code +1} / {@code 1} / {@code A} for y<sup>1</sup>,
 * {@code -1} / {@code B} for y<sup>0</sup>, {@code 0} / {@code tie} for a tie, {@code NA} for not applicable, an
 * empty field for missing.
 */
final class PreferenceText {

    private PreferenceText() {
    }

    static Outcome parse(CsvFile csv, int column) {
        String text = csv.text(column);
        Outcome outcome = parse(text);
        if (outcome == null) {
            throw csv.error("preference must be +1, -1, 0, A, B, tie or NA; found '" + csv.shown(column) + "'");
        }
        return outcome;
    }

    /** The outcome, or {@code null} when the text is not a preference. */
    static Outcome parse(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "+1", "1", "1.0", "+1.0", "A" -> Outcome.FIRST;
            case "-1", "-1.0", "B" -> Outcome.SECOND;
            case "0", "0.0", "-0", "TIE" -> Outcome.TIE;
            case "NA", "N/A" -> Outcome.NOT_APPLICABLE;
            case "" -> Outcome.MISSING;
            default -> null;
        };
    }
}
