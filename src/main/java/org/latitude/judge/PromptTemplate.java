package org.latitude.judge;

/**
 * A versioned prompt template of live judging: its key and version (both recorded with the model rater), the
 * judgment kind it produces, and what it asks. A template's wording never changes under its version.
 */
public record PromptTemplate(String key, String version, JudgmentKind kind, String description) {
}
