package org.latitude.shared;

import java.util.List;

/**
 * A request the domain refuses, with messages meant for the person who made it (shown as-is in the UI and CLI), each
 * possibly naming the request field it is about ({@link FieldProblem}). Nothing has been changed when this is thrown.
 */
public class ValidationException extends RuntimeException {

    private final List<FieldProblem> fieldProblems;

    public ValidationException(String problem) {
        this(List.of(problem));
    }

    public ValidationException(List<String> problems) {
        this(problems.stream().map(FieldProblem::general).toList(), true);
    }

    private ValidationException(List<FieldProblem> problems, boolean checked) {
        super(String.join("; ", problems.stream().map(FieldProblem::message).toList()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        this.fieldProblems = List.copyOf(problems);
    }

    /** A refusal whose problems name the fields they are about. */
    public static ValidationException of(List<FieldProblem> problems) {
        return new ValidationException(problems, true);
    }

    public List<String> problems() {
        return fieldProblems.stream().map(FieldProblem::message).toList();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
