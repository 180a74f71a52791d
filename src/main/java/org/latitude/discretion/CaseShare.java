package org.latitude.discretion;

/**
 * The share of items in one {@link ItemCase}, with the standard error the paper reports as "SD (%)": the sample
 * standard deviation (ddof = 1) of the 0/1 case indicator divided by √n (spec §1.2, quirk 5).
 */
public record CaseShare(ItemCase itemCase, int count, int items, double share, double standardError) {

    static CaseShare of(ItemCase itemCase, int count, int items) {
        double share = items == 0 ? Double.NaN : (double) count / items;
        double se = items < 2 ? Double.NaN : Math.sqrt(share * (1 - share) * items / (items - 1.0) / items);
        return new CaseShare(itemCase, count, items, share, se);
    }
}
