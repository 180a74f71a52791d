package org.latitude.agreement;

/**
 * Two ratings by the same coder on the same unit. Every coefficient assumes at most one value per (unit, coder)
 * (docs/methods.md); callers either reject such input or declare {@link DuplicatePolicy#KEEP_LAST}.
 */
public final class DuplicateRatingException extends IllegalArgumentException {

    private final int ratingIndex;
    private final String unit;
    private final String coder;

    public DuplicateRatingException(int ratingIndex, String unit, String coder) {
        super("duplicate rating #" + (ratingIndex + 1) + ": coder " + coder + " already rated unit " + unit);
        this.ratingIndex = ratingIndex;
        this.unit = unit;
        this.coder = coder;
    }

    /** Zero-based position, in input order, of the second rating of the pair. */
    public int ratingIndex() {
        return ratingIndex;
    }

    public String unit() {
        return unit;
    }

    public String coder() {
        return coder;
    }
}
