package org.latitude.analysis.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.latitude.agreement.RatingTable;
import org.latitude.campaign.CampaignDetails;
import org.latitude.discretion.DiscretionInput;

/**
 * Everything read from the database for one analysis, already in the engines' shapes.
 *
 * @param document        the taxonomy version or principle set the campaign uses, as "name version (id N)"
 * @param fields          one rating table per field, humans and models, in report order
 * @param models          coder ids of the tables that are models
 * @param humans          the human annotators, in coder order
 * @param discretion      the alignment-discretion input, or null when the campaign has no principle judgments
 * @param principleJudge  the model rater whose principle-specific judgments are the discretion oracle, or null
 * @param itemSetSha256   SHA-256 of the sorted ids of the items with at least one human annotation
 * @param humanSha256     SHA-256 of every coded human rating in read order (item, annotator)
 * @param inputsSha256    SHA-256 over the human hash and each model's hash: changes when any input does
 * @param dataAsOf        when the newest annotation was last changed (null without annotations)
 * @param ratingsPerItem  ratings per item → number of items (counted by the database)
 * @param warnings        what the reader had to leave out, in plain words
 */
public record CampaignInputs(CampaignDetails campaign, String document, List<Field> fields, Set<String> models,
                      List<Human> humans, List<Model> modelRaters, DiscretionInput discretion, String principleJudge,
                      String itemSetSha256, String humanSha256, String inputsSha256, Instant dataAsOf,
                      SortedMap<Integer, Long> ratingsPerItem, List<String> warnings) {

    /** One field: its name and table. */
    public record Field(String name, RatingTable table) {
    }

    /**
     * One human annotator.
     *
     * @param items        current annotations in the campaign (summed by the database)
     * @param totalTimeMs  time spent on them (summed by the database)
     * @param medianTimeMs median time per item
     * @param goldSeen     gold items annotated
     * @param goldCorrect  of those, answered as the gold answer on every part it states
     */
    public record Human(long userId, String name, long items, long totalTimeMs, double medianTimeMs, int goldSeen,
                 int goldCorrect) {

        public double goldAccuracy() {
            return goldSeen == 0 ? Double.NaN : (double) goldCorrect / goldSeen;
        }
    }

    /** One model rater: its coder id in the tables, how many judgments were read and their coded hash. */
    public record Model(long raterId, String name, String kind, long judgments, String sha256) {
    }

    public Map<String, Object> design() {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("overlap_k", campaign.settings().overlap());
        out.put("gold_rate_percent", campaign.settings().goldRatePercent());
        out.put("gold_items", campaign.goldItemCount());
        out.put("needs_caution_policy", campaign.settings().needsCautionPolicy().name().toLowerCase(
                java.util.Locale.ROOT));
        return out;
    }
}
