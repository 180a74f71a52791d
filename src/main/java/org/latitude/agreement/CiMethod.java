package org.latitude.agreement;

/** How confidence intervals are computed. */
public enum CiMethod {
    /** Unit-level percentile bootstrap for every figure (agreement-spec §2.10 b; the default). */
    UNIT_BOOTSTRAP,
    /**
     * Hayes &amp; Krippendorff (2007) for α at the field's level (agreement-spec §2.10 a); the other figures keep
     * the unit bootstrap.
     */
    HAYES_KRIPPENDORFF
}
