package org.latitude.campaign;

/**
 * The kind of a {@link CampaignTask}, for choosing one in a form, listing campaigns and the stored column. Behaviour
 * that depends on the task belongs to the task types, not to switches over this enum.
 */
public enum TaskType {
    /** See {@link SafetyLabelTask}. */
    SAFETY_LABEL,
    /** See {@link PairwisePreferenceTask}. */
    PAIRWISE_PREFERENCE
}
