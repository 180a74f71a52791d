package org.latitude.export;

import java.util.List;
import org.latitude.campaign.TaskType;

/** What a campaign exports as; each applies to one task type. */
public enum ExportFormat {
    /** One line per item: Aegis 2.0 fields with the consensus labels. */
    AEGIS_CONSENSUS_JSONL(TaskType.SAFETY_LABEL, "consensus.aegis.jsonl", "application/x-ndjson",
            "Consensus labels (Aegis 2.0 JSONL)"),
    /** One row per item × rater (annotators, then model raters). */
    SAFETY_LONG_CSV(TaskType.SAFETY_LABEL, "labels.long.csv", "text/csv", "Every label, long form (CSV)"),
    SAFETY_LONG_JSONL(TaskType.SAFETY_LABEL, "labels.long.jsonl", "application/x-ndjson",
            "Every label, long form (JSONL)"),
    SAFETY_HUGGING_FACE(TaskType.SAFETY_LABEL, "hf-dataset.zip", "application/zip",
            "Hugging Face dataset folder (ZIP)"),
    /** One line per pair: the texts, the vote counts and the consensus preference. */
    PREFERENCE_CONSENSUS_JSONL(TaskType.PAIRWISE_PREFERENCE, "consensus.preferences.jsonl", "application/x-ndjson",
            "Consensus preferences (JSONL)"),
    PREFERENCE_LONG_CSV(TaskType.PAIRWISE_PREFERENCE, "preferences.long.csv", "text/csv",
            "Every preference, long form (CSV)"),
    PREFERENCE_LONG_JSONL(TaskType.PAIRWISE_PREFERENCE, "preferences.long.jsonl", "application/x-ndjson",
            "Every preference, long form (JSONL)"),
    PREFERENCE_HUGGING_FACE(TaskType.PAIRWISE_PREFERENCE, "hf-dataset.zip", "application/zip",
            "Hugging Face dataset folder (ZIP)");

    private final TaskType task;
    private final String suffix;
    private final String mediaType;
    private final String title;

    ExportFormat(TaskType task, String suffix, String mediaType, String title) {
        this.task = task;
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.title = title;
    }

    public TaskType task() {
        return task;
    }

    /** The end of the file name, after the campaign's slug. */
    public String suffix() {
        return suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** How the download button names it. */
    public String title() {
        return title;
    }

    public static List<ExportFormat> of(TaskType task) {
        return java.util.Arrays.stream(values()).filter(f -> f.task == task).toList();
    }
}
