package org.latitude.annotation;

import org.latitude.shared.ItemId;
import org.latitude.shared.UserId;

/** Where a page of a campaign's annotations ends: annotations are ordered by item, then annotator. */
public record AnnotationKey(ItemId itemId, UserId annotatorId) {

    public static AnnotationKey of(SafetyAnnotation a) {
        return new AnnotationKey(a.itemId(), a.annotatorId());
    }

    public static AnnotationKey of(PairwiseAnnotation a) {
        return new AnnotationKey(a.itemId(), a.annotatorId());
    }
}
