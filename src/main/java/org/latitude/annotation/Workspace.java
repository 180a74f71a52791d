package org.latitude.annotation;

import java.util.List;
import org.latitude.campaign.AnnotatorCampaign;
import org.latitude.taxonomy.HazardCategory;

/** A member's view of a campaign to annotate: the campaign, its categories (safety labels) and the first step. */
public record Workspace(AnnotatorCampaign campaign, List<HazardCategory> categories, WorkStep step) {

    public Workspace {
        categories = List.copyOf(categories);
    }
}
