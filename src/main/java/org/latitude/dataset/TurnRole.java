package org.latitude.dataset;

import java.util.Locale;
import java.util.Optional;

/** Who speaks a turn of an exchange. Files spell roles in lower case ({@code user}, {@code assistant}, {@code system}). */
public enum TurnRole {
    USER,
    ASSISTANT,
    SYSTEM;

    /** The role spelled exactly {@code user}, {@code assistant} or {@code system} (any letter case). */
    public static Optional<TurnRole> fromFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "user" -> Optional.of(USER);
            case "assistant" -> Optional.of(ASSISTANT);
            case "system" -> Optional.of(SYSTEM);
            default -> Optional.empty();
        };
    }

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
