package org.latitude.campaign;

/**
 * What annotators do in a campaign, with the document that defines the work: safety labels under a taxonomy version,
 * or pairwise preferences under a principle set. The document id is null while a draft has none chosen; activation
 * requires it.
 */
public sealed interface CampaignTask permits SafetyLabelTask, PairwisePreferenceTask {

    /** The kind of task, as forms, lists and the stored column name it. */
    TaskType type();

    /** The task of this kind defined by {@code documentId} (a taxonomy version or a principle set; may be null). */
    static CampaignTask of(TaskType type, Long documentId) {
        return switch (type) {
            case SAFETY_LABEL -> new SafetyLabelTask(documentId);
            case PAIRWISE_PREFERENCE -> new PairwisePreferenceTask(documentId);
        };
    }
}
