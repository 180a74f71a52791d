package org.latitude.annotation;

import java.time.Instant;
import java.util.List;

/**
 * One current annotation as plain values, for analysis and exports (admin only). Safety labels fill the verdicts and
 * {@code categories} (sorted keys, empty = none); pairwise answers fill {@code preference} (item terms) and
 * {@code shownOrder} ("AB": A was on the left; "BA": B was).
 */
public record AnnotationRecord(long annotationId, long campaignId, long itemId, long annotatorId,
                               Verdict promptVerdict, Verdict responseVerdict, List<String> categories,
                               Preference preference, String shownOrder, String rationale, Integer confidence,
                               long timeSpentMs, int version, Instant createdAt, Instant updatedAt) {

    public AnnotationRecord {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
