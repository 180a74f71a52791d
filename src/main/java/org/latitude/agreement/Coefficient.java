package org.latitude.agreement;

/**
 * A chance-corrected agreement coefficient of the form {@code (P_a − P_e)/(1 − P_e)} (docs/methods.md).
 *
 * @param value    the coefficient, or NaN when undefined (then {@code reason} says why)
 * @param observed P_a, the observed agreement it uses
 * @param chance   P_e, the agreement expected by chance under the coefficient's model
 * @param reason   why the value is undefined, else {@code null}
 */
public record Coefficient(double value, double observed, double chance, String reason) {

    static final String NO_PAIRABLE = "no unit has two or more ratings";
    static final String CHANCE_IS_ONE = "chance agreement is 1 (no variation in the ratings)";

    /** {@code (pa − pe)/(1 − pe)}, undefined when nothing is pairable or P_e = 1. */
    static Coefficient of(double pa, double pe) {
        if (Double.isNaN(pa)) {
            return new Coefficient(Double.NaN, pa, pe, NO_PAIRABLE);
        }
        if (Double.isNaN(pe) || pe >= 1 - 1e-15) {
            return new Coefficient(Double.NaN, pa, pe, Double.isNaN(pe) ? "chance agreement undefined"
                    : CHANCE_IS_ONE);
        }
        return new Coefficient((pa - pe) / (1 - pe), pa, pe, null);
    }

    static Coefficient undefined(String reason) {
        return new Coefficient(Double.NaN, Double.NaN, Double.NaN, reason);
    }

    public boolean defined() {
        return !Double.isNaN(value);
    }
}
