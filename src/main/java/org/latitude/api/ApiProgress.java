package org.latitude.api;

import java.time.Instant;
import java.util.List;
import org.latitude.assignment.CampaignProgress;

/** A campaign's progress for admins; {@code medianSecondsPerItem} is null until the annotator completed an item. */
record ApiProgress(long campaignId, long items, long goldItems, long itemsComplete, long annotations,
                   long annotationsNeeded, double fractionDone, long leasedNow, long skips,
                   List<AnnotatorProgress> annotators,
                   List<SkipReason> skipReasons, List<ItemSkip> recentSkips) {

    record AnnotatorProgress(long userId, long completed, long skipped, long leased, long completedToday,
                     Double medianSecondsPerItem) {
    }

    record SkipReason(String reason, long count) {
    }

    record ItemSkip(long itemId, String itemExternalId, long userId, String reason, Instant skippedAt) {
    }

    static ApiProgress of(CampaignProgress p) {
        return new ApiProgress(p.campaignId().value(), p.items(), p.goldItems(), p.itemsComplete(), p.annotations(),
                p.annotationsNeeded(), p.fractionDone(), p.leasedNow(), p.skips(),
                p.annotators().stream().map(a -> new AnnotatorProgress(a.annotatorId().value(), a.completed(), a.skipped(),
                        a.leased(), a.completedToday(), Double.isNaN(a.medianSecondsPerItem()) ? null
                        : a.medianSecondsPerItem())).toList(),
                p.skipReasons().stream().map(r -> new SkipReason(r.reason(), r.count())).toList(),
                p.recentSkips().stream().map(s -> new ItemSkip(s.itemId().value(), s.itemExternalId(),
                        s.annotatorId().value(), s.reason(), s.skippedAt())).toList());
    }
}
