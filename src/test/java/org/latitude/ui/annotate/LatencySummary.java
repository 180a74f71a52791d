package org.latitude.ui.annotate;

import java.util.List;
import java.util.Locale;

/** The benchmarks' one-line summary of latencies: nearest-rank p50 and p95, the maximum and the count. */
final class LatencySummary {

    private LatencySummary() {
    }

    static String of(List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        return String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms, max %.0f ms (n=%d)", percentile(sorted, 50),
                percentile(sorted, 95), sorted.getLast(), sorted.size());
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
