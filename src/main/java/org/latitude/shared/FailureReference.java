package org.latitude.shared;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * A short code that ties what a user is told about an unexpected failure to the server log entry with its cause:
 * the user quotes "reference 7F3A2C91", an administrator finds it in the log.
 */
public record FailureReference(String code) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static FailureReference next() {
        return new FailureReference(String.format(Locale.ROOT, "%08X", RANDOM.nextInt()));
    }

    @Override
    public String toString() {
        return code;
    }
}
