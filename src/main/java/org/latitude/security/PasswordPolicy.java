package org.latitude.security;

import java.util.ArrayList;
import java.util.List;

/**
 * Password rules, after NIST SP 800-63B: a minimum length and a maximum (bcrypt reads 72 bytes), no composition
 * rules, and not the username itself.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 72;

    private PasswordPolicy() {
    }

    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("The password must have at least " + MIN_LENGTH + " characters.");
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            problems.add("The password must have at most " + MAX_LENGTH + " bytes.");
        } else if (username != null && password.equalsIgnoreCase(username)) {
            problems.add("The password must not be the username.");
        } else if (password.isBlank()) {
            problems.add("The password must not be blank.");
        }
        return problems;
    }
}
