package org.latitude.textio;

/** Thrown by readers' callers that stop at the first fault; carries the located fault. */
public final class TextFormatException extends RuntimeException {

    private final transient TextFault fault;

    public TextFormatException(TextFault fault) {
        super(fault.message());
        this.fault = fault;
    }

    public TextFault fault() {
        return fault;
    }
}
