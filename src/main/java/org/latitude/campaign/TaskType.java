package org.latitude.campaign;

/** What annotators do in a campaign. */
public enum TaskType {
    /** Prompt and response verdicts plus violated categories of a hazard taxonomy version. */
    SAFETY_LABEL,
    /** Which of two responses is better (A / B / tie), under a principle set. */
    PAIRWISE_PREFERENCE
}
