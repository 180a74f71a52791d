package org.latitude.campaign;

/** Prompt and response verdicts plus violated categories of a hazard taxonomy version (null: not chosen yet). */
public record SafetyLabelTask(Long taxonomyVersionId) implements CampaignTask {

    @Override
    public TaskType type() {
        return TaskType.SAFETY_LABEL;
    }
}
