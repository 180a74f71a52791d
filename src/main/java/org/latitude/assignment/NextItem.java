package org.latitude.assignment;

/** The answer to "what next?": an item leased to the annotator, or nothing left, with the reason. */
public sealed interface NextItem permits NextItem.Assigned, NextItem.NothingLeft {

    /** The annotator's current lease, or a new one. */
    record Assigned(Lease lease) implements NextItem {
    }

    /** No item for this annotator now, and why. */
    record NothingLeft(Reason reason) implements NextItem {
    }

    /** Why there is no item. */
    enum Reason {
        ALL_DONE("You have done every item available to you in this campaign. Thank you!"),
        QUOTA_REACHED("You have reached today's limit for this campaign. Please come back tomorrow."),
        NOT_ACTIVE("This campaign is not active at the moment.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
