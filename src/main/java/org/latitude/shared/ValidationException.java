package org.latitude.shared;

import java.util.List;

/**
 * A request the domain refuses, with messages meant for the person who made it (shown as-is in the UI and CLI).
 * Nothing has been changed when this is thrown.
 */
public class ValidationException extends RuntimeException {

    private final List<String> problems;

    public ValidationException(String problem) {
        this(List.of(problem));
    }

    public ValidationException(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
