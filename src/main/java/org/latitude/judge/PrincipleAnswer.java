package org.latitude.judge;

/** A discrete principle-specific answer in item terms: A or B adheres more, or NA (neither, or not relevant). */
public enum PrincipleAnswer {
    A, B, NA
}
