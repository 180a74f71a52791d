package org.latitude.discretion;

/** How a Bradley–Terry fit of principle priorities ended. */
public enum FitStatus {
    /** The maximum-likelihood weights exist and Newton's method converged to them. */
    CONVERGED,
    /** Every principle was pre-assigned ±∞: nothing was left to fit; the ranks are still defined. */
    ALL_INFINITE,
    /**
     * The maximum-likelihood estimate does not exist: the win graph on the finite principles is not strongly
     * connected, so some weights would drift to ±∞ (Ford 1957; Hunter 2004). Finite weights are undefined.
     */
    DOES_NOT_EXIST,
    /** Newton's method stopped without meeting its tolerance (not expected when the estimate exists). */
    NOT_CONVERGED
}
