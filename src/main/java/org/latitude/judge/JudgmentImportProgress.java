package org.latitude.judge;

/**
 * How far a judgment import is: it first reads and checks the whole file ({@link Phase#CHECKING}: bytes of the file
 * as stored, and lines, read so far), then stores every judgment in one transaction ({@link Phase#STORING}).
 */
public record JudgmentImportProgress(Phase phase, long bytesRead, long totalBytes, long linesRead, long stored,
                                     long total) {

    public enum Phase { CHECKING, STORING, DONE }

    /** Receives progress on the importing thread (a screen hands it to its own). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = p -> { };

        void progress(JudgmentImportProgress progress);
    }

    /** 0 … 1 over the whole import: checking is the first half, storing the second. */
    public double fraction() {
        double checking = totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : 0;
        double storing = total > 0 ? Math.min(1.0, (double) stored / total) : 0;
        return switch (phase) {
            case CHECKING -> checking / 2;
            case STORING -> 0.5 + storing / 2;
            case DONE -> 1.0;
        };
    }
}
