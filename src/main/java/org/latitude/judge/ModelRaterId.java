package org.latitude.judge;

import org.latitude.shared.LongId;

/** Identifies a model rater (never a user: model raters and human annotators have separate ids). */
public record ModelRaterId(long value) implements LongId<ModelRaterId> {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
