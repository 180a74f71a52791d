package org.latitude.dataset.internal;

import java.nio.charset.StandardCharsets;
import org.latitude.shared.ValidationException;

/** A dataset's name: 1–200 characters of text without control characters; unique among datasets (ignoring case). */
final class DatasetNames {

    static final int MAX_LENGTH = 200;

    private DatasetNames() {
    }

    static String check(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException("Give the dataset a name.");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new ValidationException("The dataset name is longer than " + MAX_LENGTH + " characters.");
        }
        boolean control = trimmed.chars().anyMatch(Character::isISOControl);
        boolean unpaired = !trimmed.equals(new String(trimmed.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        if (control || unpaired) {
            throw new ValidationException("The dataset name may only contain printable text.");
        }
        return trimmed;
    }
}
