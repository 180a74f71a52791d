package org.latitude.assignment;

import java.util.Optional;

/** The answer to "what next?": a lease, or why there is none. */
public record NextItem(Lease lease, Reason reason) {

    public enum Reason {
        ASSIGNED("Here is your next item."),
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

    public static NextItem assigned(Lease lease) {
        return new NextItem(lease, Reason.ASSIGNED);
    }

    public static NextItem none(Reason reason) {
        return new NextItem(null, reason);
    }

    public Optional<Lease> item() {
        return Optional.ofNullable(lease);
    }
}
