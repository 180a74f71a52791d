package org.latitude.discretion;

import java.util.Objects;

/**
 * One principle of a principle set (a "constitution"), e.g. one of the 21 Collective Constitutional AI seed
 * principles of Buyl et al. (2025), docs/methods.md.
 *
 * @param id    0-based position in the set (the {@code principle_id} of the judgment files)
 * @param text  the full text given to the judge, verbatim
 * @param label a short label for tables and figures (the text when no label is known)
 */
public record Principle(int id, String text, String label) {

    public Principle {
        Objects.requireNonNull(text, "text");
        if (id < 0) {
            throw new IllegalArgumentException("principle id must be >= 0: " + id);
        }
        label = label == null || label.isBlank() ? text.strip() : label.strip();
    }
}
