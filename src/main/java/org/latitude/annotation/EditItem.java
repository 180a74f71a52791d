package org.latitude.annotation;

/** An own annotation opened for editing, with its item rendered as when it was annotated (same sides). */
public record EditItem(MyAnnotation annotation, WorkItem work) {
}
