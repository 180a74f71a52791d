package org.latitude.shared;

/**
 * One reason a request was refused, with the request field it is about (a record component's name such as
 * {@code "overlap"}), so a form can show it on that field; {@code field} is null when it concerns the whole request.
 */
public record FieldProblem(String field, String message) {

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(field, message);
    }

    public static FieldProblem general(String message) {
        return new FieldProblem(null, message);
    }
}
