package org.latitude.assignment;

/** What an annotator sees of their own progress: done today, done in total, and items still open to them. */
public record MyProgress(long doneToday, long doneTotal, long skipped, long remaining) {
}
