package org.latitude.agreement;

/** How confidence intervals are computed. */
public enum CiMethod {
    /** Unit-level percentile bootstrap for every figure (docs/methods.md; the default). */
    UNIT_BOOTSTRAP,
    /**
     * Hayes &amp; Krippendorff (2007) for α at the field's level (docs/methods.md); the other figures keep
     * the unit bootstrap.
     */
    HAYES_KRIPPENDORFF
}
