package org.latitude.assignment;

import java.time.Instant;

/** The answer to "what next?": an item leased to the annotator, or nothing left, with the reason. */
public sealed interface NextItem permits NextItem.Assigned, NextItem.NothingLeft {

    /** The annotator's current lease, or a new one. */
    record Assigned(Lease lease) implements NextItem {
    }

    /** No item for this annotator now, and why; {@code resumeAt}: when an enforced break ends (else null). */
    record NothingLeft(Reason reason, Instant resumeAt) implements NextItem {

        public NothingLeft(Reason reason) {
            this(reason, null);
        }
    }

    /** Why there is no item. */
    enum Reason {
        ALL_DONE("You have done every item available to you in this campaign. Thank you!"),
        QUOTA_REACHED("You have reached today's limit for this campaign. Please come back tomorrow."),
        CATEGORY_CAP_REACHED("You are done for today with this kind of content: you have reached today's limit for "
                + "the categories still left to you. Please come back tomorrow."),
        TAKEN_FOR_NOW("Every item left to you is being worked on by someone else right now. Some come back when "
                + "they are skipped or time out: try again in a few minutes."),
        ON_BREAK("Time for a break: this campaign pauses the workspace after a stretch of continuous work. "
                + "Step away from the screen; the next item comes when the break is over."),
        NOT_ACTIVE("This campaign is not active at the moment.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }

        /** Whether asking again later (minutes, not days) may give an item. */
        public boolean temporary() {
            return this == TAKEN_FOR_NOW || this == ON_BREAK;
        }
    }
}
