package org.latitude.campaign;

import java.util.Set;

/**
 * A campaign's exposure controls (evidence-based wellbeing: exposure control rather than blurring alone, Lewitzka et
 * al., Psychological Research 2026). Categories are keys of the campaign's taxonomy version; an item falls in a
 * category when its reference labels or a model judgment name it.
 *
 * @param optOutCategories     categories an annotator may opt out of in their account; their items never reach them
 * @param dailyCategoryCap     per annotator, items of each sensitive category shown per day; null for no cap
 * @param enforcedBreakMinutes after this long of continuous work the workspace pauses; null for no enforced break
 * @param breakLengthMinutes   how long an enforced break lasts (and how long a pause resets the work period)
 * @param noticeSource         where the content notice comes from
 */
public record Wellbeing(Set<String> optOutCategories, Integer dailyCategoryCap, Integer enforcedBreakMinutes,
                        int breakLengthMinutes, NoticeSource noticeSource) {

    /** No exposure controls; notices from reference labels (what campaigns did before these settings existed). */
    public static final Wellbeing NONE = new Wellbeing(Set.of(), null, null, 10, NoticeSource.REFERENCE_LABELS);

    public Wellbeing {
        optOutCategories = optOutCategories == null ? Set.of() : Set.copyOf(optOutCategories);
    }
}
