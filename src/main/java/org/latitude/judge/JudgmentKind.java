package org.latitude.judge;

/** The three kinds of model judgment; a campaign's task decides which it accepts. */
public enum JudgmentKind {
    /** Prompt and response verdicts with categories (safety-label campaigns). */
    SAFETY,
    /** A preference between a pair's responses (pairwise campaigns). */
    PAIRWISE,
    /** A preference per item × principle of the campaign's principle set (alignment discretion). */
    PRINCIPLE
}
