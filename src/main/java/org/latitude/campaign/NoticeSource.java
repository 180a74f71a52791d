package org.latitude.campaign;

/**
 * Where the content notice shown before an item comes from. Reference labels are the dataset's own answers, so a
 * notice from them can prime the annotator towards those labels; a campaign that measures agreement with them may
 * prefer model judgments or only what the dataset declares about itself.
 */
public enum NoticeSource {
    /** The item's reference labels that fall in a sensitive category (per item; may prime the annotator). */
    REFERENCE_LABELS("the dataset's reference labels of each item"),
    /** Categories that a model judgment of the item named (per item; only once model judgments exist). */
    MODEL_JUDGMENTS("the categories model judges named for each item"),
    /** Only the content warnings the dataset declares for all its items (the same notice for every item). */
    DECLARED("only the content warnings each dataset declares for all its items");

    private final String description;

    NoticeSource(String description) {
        this.description = description;
    }

    /** How the guidelines say where notices come from ("Content notices come from …"). */
    public String description() {
        return description;
    }
}
