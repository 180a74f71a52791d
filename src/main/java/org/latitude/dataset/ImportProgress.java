package org.latitude.dataset;

/**
 * How far an import is. It first checks the whole file ({@link Phase#CHECKING}: bytes and lines read), then stores the
 * items ({@link Phase#STORING}: items stored of {@code itemsTotal}).
 */
public record ImportProgress(Phase phase, long bytesRead, long totalBytes, long linesRead, long itemsStored,
                             long itemsTotal) {

    public enum Phase { CHECKING, STORING, DONE }

    /** 0 … 1 over the whole import: checking is the first half, storing the second. */
    public double fraction() {
        double checking = totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : 0;
        double storing = itemsTotal > 0 ? Math.min(1.0, (double) itemsStored / itemsTotal) : 0;
        return switch (phase) {
            case CHECKING -> checking / 2;
            case STORING -> 0.5 + storing / 2;
            case DONE -> 1.0;
        };
    }
}
