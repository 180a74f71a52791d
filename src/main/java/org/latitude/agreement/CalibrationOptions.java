package org.latitude.agreement;

/**
 * Settings of {@link Calibration}.
 *
 * @param bins     equal-width bins of the reliability diagram
 * @param tieLabel on a three-valued pairwise field, the value meaning "tie" (e.g. {@code TIE}): then the κ-maximising
 *                 tie margin is searched; {@code null} for none
 */
public record CalibrationOptions(int bins, String tieLabel) {

    public static final int DEFAULT_BINS = 10;

    public CalibrationOptions {
        if (bins < 1) {
            throw new IllegalArgumentException("need at least one bin");
        }
    }

    /** Ten bins, no tie value. */
    public static CalibrationOptions defaults() {
        return new CalibrationOptions(DEFAULT_BINS, null);
    }

    public CalibrationOptions withBins(int count) {
        return new CalibrationOptions(count, tieLabel);
    }

    public CalibrationOptions withTie(String label) {
        return new CalibrationOptions(bins, label);
    }
}
