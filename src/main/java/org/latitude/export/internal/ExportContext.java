package org.latitude.export.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.latitude.campaign.CampaignDetails;
import org.latitude.judge.ModelRater;
import org.latitude.shared.UserId;

/**
 * What an export knows of its campaign besides the annotations: settings, the task's document (taxonomy or principle
 * set) by name and version with the category key → name map, annotators' user names, model raters with judgments,
 * and the agreement summary when an analysis result is stored.
 */
public record ExportContext(CampaignDetails campaign, String documentName, String documentLicence,
                            Map<String, String> categoryNames, Map<UserId, String> annotatorNames,
                            List<ModelRater> raters, Optional<List<String>> agreement) {

    public ExportContext {
        categoryNames = Map.copyOf(categoryNames);
        annotatorNames = Map.copyOf(annotatorNames);
        raters = List.copyOf(raters);
    }

    public String categoryName(String key) {
        return categoryNames.getOrDefault(key, key);
    }

    public String annotator(UserId id) {
        return annotatorNames.getOrDefault(id, "user-" + id.value());
    }
}
