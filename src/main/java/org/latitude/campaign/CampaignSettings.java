package org.latitude.campaign;

import java.util.List;
import java.util.Set;

/**
 * Everything an admin sets on a campaign. The task (with its taxonomy version or principle set) and the datasets are
 * frozen once the campaign has started; the overlap may then only grow.
 *
 * @param task                what annotators do, or null when not chosen (refused)
 * @param overlap             k, annotators per item
 * @param leaseMinutes        how long a handed-out item stays reserved for its annotator
 * @param dailyQuota          per-annotator items per day, or null for no cap
 * @param goldRatePercent     share of requests answered with a gold item (0 = none)
 * @param sensitiveCategories category keys whose items get a content notice first
 * @param breakReminderMinutes remind annotators to pause after this long, or null
 * @param wellbeing           opt-outs, daily category caps, enforced breaks and the content notice's source
 */
public record CampaignSettings(String name, String description, String guidelines, CampaignTask task,
                               List<Long> datasetIds, int overlap,
                               NeedsCautionPolicy needsCautionPolicy, int leaseMinutes, Integer dailyQuota,
                               int goldRatePercent, Set<String> sensitiveCategories, boolean blurResponses,
                               Integer breakReminderMinutes, Wellbeing wellbeing) {

    public CampaignSettings {
        datasetIds = datasetIds == null ? List.of() : List.copyOf(datasetIds);
        sensitiveCategories = sensitiveCategories == null ? Set.of() : Set.copyOf(sensitiveCategories);
        wellbeing = wellbeing == null ? Wellbeing.NONE : wellbeing;
    }

    /** Settings without exposure controls ({@link Wellbeing#NONE}). */
    public CampaignSettings(String name, String description, String guidelines, CampaignTask task,
                            List<Long> datasetIds, int overlap, NeedsCautionPolicy needsCautionPolicy,
                            int leaseMinutes, Integer dailyQuota, int goldRatePercent, Set<String> sensitiveCategories,
                            boolean blurResponses, Integer breakReminderMinutes) {
        this(name, description, guidelines, task, datasetIds, overlap, needsCautionPolicy, leaseMinutes, dailyQuota,
                goldRatePercent, sensitiveCategories, blurResponses, breakReminderMinutes, Wellbeing.NONE);
    }

    /** These settings with other exposure controls. */
    public CampaignSettings withWellbeing(Wellbeing w) {
        return new CampaignSettings(name, description, guidelines, task, datasetIds, overlap, needsCautionPolicy,
                leaseMinutes, dailyQuota, goldRatePercent, sensitiveCategories, blurResponses, breakReminderMinutes, w);
    }

    /** Sensible defaults for a new safety-label campaign. */
    public static CampaignSettings defaults(String name) {
        return defaults(name, new SafetyLabelTask(null));
    }

    /** Sensible defaults for a new campaign of this task. */
    public static CampaignSettings defaults(String name, CampaignTask task) {
        return new CampaignSettings(name, "", "", task, List.of(), 3, NeedsCautionPolicy.OWN_VALUE, 30, null, 0,
                Set.of(), false, 60);
    }
}
