package org.latitude.assignment;

import java.util.List;
import java.util.Set;

/**
 * The signed-in annotator's own exposure log in a campaign: every sensitive category with their counts, the daily cap
 * per category (null for none), the categories they may opt out of and those they opted out of. Nobody else's.
 */
public record MyExposure(List<CategoryExposure> categories, Integer dailyCap, Set<String> optOutAllowed,
                         Set<String> optedOut) {

    public MyExposure {
        categories = List.copyOf(categories);
        optOutAllowed = Set.copyOf(optOutAllowed);
        optedOut = Set.copyOf(optedOut);
    }
}
