package org.latitude.discretion;

/**
 * The share of items in one {@link ItemCase}, with the 95 % Wilson score interval (Wilson 1927), which stays inside
 * [0, 1] and keeps its coverage on small n and extreme shares, and the standard error Buyl et al. (2025) report as
 * "SD (%)": the sample standard deviation (ddof = 1) of the 0/1 case indicator divided by √n.
 */
public record CaseShare(ItemCase itemCase, int count, int items, double share, double standardError,
                        double wilsonLow, double wilsonHigh) {

    /** The normal quantile of a two-sided 95 % interval. */
    static final double Z95 = 1.959963984540054;

    static CaseShare of(ItemCase itemCase, int count, int items) {
        double share = items == 0 ? Double.NaN : (double) count / items;
        double se = items < 2 ? Double.NaN : Math.sqrt(share * (1 - share) * items / (items - 1.0) / items);
        if (items == 0) {
            return new CaseShare(itemCase, count, items, share, se, Double.NaN, Double.NaN);
        }
        double z2 = Z95 * Z95 / items;
        double centre = (share + z2 / 2) / (1 + z2);
        double half = Z95 / (1 + z2) * Math.sqrt(share * (1 - share) / items + z2 / (4.0 * items));
        return new CaseShare(itemCase, count, items, share, se, Math.max(0, centre - half),
                Math.min(1, centre + half));
    }
}
