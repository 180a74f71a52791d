import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The floor for the end-to-end benchmark: a bare single-pass program that reads a long CSV whose ratings are grouped
 * by unit (unit,coder,value; no quoting, no checks, coder ids ignored) and prints nominal Krippendorff's alpha from
 * per-unit value counts. Nothing else: no duplicate or format checks, no other measure, no report.
 * Compiled and run by bench/agreement-e2e.sh: java -cp bench-out/agreement/bare BareAlpha FILE
 */
public final class BareAlpha {

    public static void main(String[] args) throws Exception {
        Map<String, Integer> values = new HashMap<>();
        double[] n = new double[64];
        int[] tally = new int[64];
        double diagonal = 0;
        byte[] previous = new byte[256];
        int previousLength = -1;
        int m = 0;
        byte[] b = new byte[1 << 22];
        int length = 0;
        boolean header = true;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            for (int read = in.read(b); read > 0 || length > 0; read = in.read(b, length, b.length - length)) {
                length += Math.max(read, 0);
                int end = length;
                while (end > 0 && b[end - 1] != '\n') {
                    end--;
                }
                if (end == 0) {
                    end = length;
                }
                int p = 0;
                while (p < end) {
                    int lineEnd = p;
                    while (lineEnd < end && b[lineEnd] != '\n') {
                        lineEnd++;
                    }
                    if (header) {
                        header = false;
                    } else {
                        int c1 = p;
                        while (b[c1] != ',') {
                            c1++;
                        }
                        int c2 = c1 + 1;
                        while (b[c2] != ',') {
                            c2++;
                        }
                        boolean same = c1 - p == previousLength && Arrays.equals(b, p, c1, previous, 0, c1 - p);
                        if (!same) {
                            diagonal += close(tally, n, m);
                            m = 0;
                            previousLength = c1 - p;
                            System.arraycopy(b, p, previous, 0, previousLength);
                        }
                        String v = new String(b, c2 + 1, lineEnd - c2 - 1);
                        tally[values.computeIfAbsent(v, x -> values.size())]++;
                        m++;
                    }
                    p = lineEnd + 1;
                }
                System.arraycopy(b, end, b, 0, length - end);
                length -= end;
                if (read <= 0) {
                    break;
                }
            }
        }
        diagonal += close(tally, n, m);
        double total = 0;
        double squares = 0;
        for (double x : n) {
            total += x;
            squares += x * x;
        }
        System.out.printf("bare alpha=%.10f%n", 1 - (total - 1) * (total - diagonal) / (total * total - squares));
    }

    /** Adds a finished unit's counts; returns its coincidence diagonal. */
    private static double close(int[] tally, double[] n, int m) {
        double diagonal = 0;
        for (int c = 0; c < tally.length; c++) {
            if (m >= 2) {
                diagonal += (double) tally[c] * (tally[c] - 1) / (m - 1);
                n[c] += tally[c];
            }
            tally[c] = 0;
        }
        return diagonal;
    }
}
