package org.latitude.annotation;

import java.util.List;
import org.latitude.campaign.AnnotatorCampaign;
import org.latitude.taxonomy.HazardCategory;
import org.latitude.taxonomy.Principle;

/**
 * A member's view of a campaign to annotate: the campaign, its categories (safety labels) or the principles of its
 * constitution (pairwise preference), and the first step.
 */
public record Workspace(AnnotatorCampaign campaign, List<HazardCategory> categories, List<Principle> principles,
                        WorkStep step) {

    public Workspace {
        categories = List.copyOf(categories);
        principles = List.copyOf(principles);
    }
}
