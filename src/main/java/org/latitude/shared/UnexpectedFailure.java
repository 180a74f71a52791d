package org.latitude.shared;

/**
 * An unexpected failure that has already been logged with its cause under {@link #reference()}; what the user sees
 * names the reference instead of the cause.
 */
public class UnexpectedFailure extends RuntimeException {

    private final FailureReference reference;

    public UnexpectedFailure(FailureReference reference, Throwable cause) {
        super("unexpected failure, reference " + reference, cause);
        this.reference = reference;
    }

    public FailureReference reference() {
        return reference;
    }
}
