package org.latitude.agreement;

/**
 * A point estimate with its bootstrap interval.
 *
 * @param value    the estimate, NaN when undefined (then {@code reason} says why)
 * @param interval the percentile interval, {@code null} when no bootstrap was asked for
 * @param reason   why the value is undefined, else {@code null}
 */
public record Estimate(double value, ConfidenceInterval interval, String reason) {

    public Estimate {
        if (Double.isNaN(value) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("an undefined estimate needs a reason");
        }
    }

    static Estimate of(double value, ConfidenceInterval interval, String reasonIfUndefined) {
        return new Estimate(value, interval, Double.isNaN(value) ? reasonIfUndefined : null);
    }

    public boolean defined() {
        return !Double.isNaN(value);
    }
}
