package org.latitude.agreement;

/**
 * Level of measurement of a field's values (Krippendorff 2004, ch. 11; Stevens 1946). It decides which difference
 * function Krippendorff's α uses and which other coefficients are meaningful.
 */
public enum Level {
    /** Unordered labels (e.g. a prompt verdict safe / unsafe). */
    NOMINAL,
    /** Labels with a declared order (e.g. safe &lt; needs_caution &lt; unsafe); ranks matter, distances do not. */
    ORDINAL,
    /** Numbers whose differences are meaningful (e.g. a confidence score 1–5). */
    INTERVAL,
    /** Numbers with a true zero, compared by relative difference. */
    RATIO,
    /** A set of category keys per rating (multi-label hazards); the empty set is a real answer ("no hazard"). */
    SET
}
