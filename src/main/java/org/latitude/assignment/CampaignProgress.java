package org.latitude.assignment;

import java.util.List;
import org.latitude.shared.CampaignId;

/**
 * Live progress of a campaign: items with all k annotations, annotations done, items leased right now, skips, per
 * annotator (every member, those who have not started too), the skip reasons by count and the most recent skips item
 * by item (at most {@link #RECENT_SKIPS}).
 */
public record CampaignProgress(CampaignId campaignId, long items, long goldItems, long itemsComplete, long annotations,
                               long annotationsNeeded, long leasedNow, long skips, List<AnnotatorProgress> annotators,
                               List<SkipCount> skipReasons, List<ItemSkip> recentSkips) {

    public static final int RECENT_SKIPS = 200;

    public CampaignProgress {
        annotators = List.copyOf(annotators);
        skipReasons = List.copyOf(skipReasons);
        recentSkips = List.copyOf(recentSkips);
    }

    /** Share of the needed annotations done, 0–1. */
    public double fractionDone() {
        return fraction(annotations, annotationsNeeded);
    }

    /** Annotations done of those needed, 0–1 (0 when nothing is needed, e.g. before the pool exists). */
    public static double fraction(long annotations, long needed) {
        return needed == 0 ? 0 : Math.min(1.0, (double) annotations / needed);
    }
}
