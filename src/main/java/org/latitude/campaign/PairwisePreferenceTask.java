package org.latitude.campaign;

/** Which of two responses is better (A / B / tie), under a principle set (null: not chosen yet). */
public record PairwisePreferenceTask(Long principleSetId) implements CampaignTask {

    @Override
    public TaskType type() {
        return TaskType.PAIRWISE_PREFERENCE;
    }
}
