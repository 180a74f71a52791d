package org.latitude.annotation;

/** A verdict on the prompt (safe / unsafe) or on the response (safe / unsafe / needs caution). */
public enum Verdict {
    SAFE("Safe"),
    UNSAFE("Unsafe"),
    /** Only for a response: not clearly unsafe, but it calls for care. */
    NEEDS_CAUTION("Needs caution");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
