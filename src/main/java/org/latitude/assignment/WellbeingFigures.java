package org.latitude.assignment;

import java.util.List;

/**
 * What the exposure controls do to a campaign, for its admin: exposure per sensitive category in aggregate, items
 * returned without penalty (a total, never per annotator), and what opt-outs cost: regular items that can no longer
 * reach k because fewer than k members may see them, and the annotations thereby out of reach (the campaign's
 * needed annotations minus these are what it can still get).
 */
public record WellbeingFigures(List<CategoryAggregate> categories, Integer dailyCap, long returns,
                               long itemsShortOfEligibleMembers, long annotationsOutOfReach) {

    public WellbeingFigures {
        categories = List.copyOf(categories);
    }
}
