package org.latitude.agreement.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.latitude.agreement.DuplicatePolicy;
import org.latitude.agreement.RatingTable;
import org.latitude.agreement.ValueDomain;

/**
 * Benchmark data of docs/benchmarks.md: N units × M coders, latent-class coders (each reports the unit's true
 * class with probability 0.7, else a uniformly random other class), a share of cells missing. Also writes it as
 * long CSV for the end-to-end command-line benchmark ({@code bench/agreement-e2e.sh}):
 * {@code java -cp <test classpath> org.latitude.agreement.bench.BenchmarkData FILE UNITS CODERS [SEED]}.
 */
public final class BenchmarkData {

    static final double ACCURACY = 0.7;
    static final double MISSING = 0.3;
    static final int CATEGORIES = 4;

    /** Coded ratings in unit-major order. */
    record Ratings(int units, int coders, int[] unit, int[] coder, int[] value, int size) {
    }

    private BenchmarkData() {
    }

    static Ratings nominal(int units, int coders, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int capacity = units * coders;
        int[] unit = new int[capacity];
        int[] coder = new int[capacity];
        int[] value = new int[capacity];
        int n = 0;
        for (int u = 0; u < units; u++) {
            int truth = random.nextInt(CATEGORIES);
            for (int c = 0; c < coders; c++) {
                if (random.nextDouble() < MISSING) {
                    continue;
                }
                unit[n] = u;
                coder[n] = c;
                value[n++] = random.nextDouble() < ACCURACY ? truth
                        : (truth + 1 + random.nextInt(CATEGORIES - 1)) % CATEGORIES;
            }
        }
        return new Ratings(units, coders, unit, coder, value, n);
    }

    static RatingTable table(Ratings r) {
        return RatingTable.fromCodes(ValueDomain.nominal(labels()), ids("u", r.units()), ids("c", r.coders()), null,
                r.unit(), r.coder(), r.value(), r.size(), DuplicatePolicy.REJECT);
    }

    /**
     * Set-valued ratings over {@code categories} hazards: each unit has each hazard with probability 0.1; a coder
     * sees a present hazard with probability 0.8 and flags an absent one with probability 0.03.
     */
    static RatingTable sets(int units, int coders, int categories, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> masks = new ArrayList<>();
        java.util.Map<Long, Integer> codes = new java.util.HashMap<>();
        int[] unit = new int[units * coders];
        int[] coder = new int[units * coders];
        int[] value = new int[units * coders];
        int n = 0;
        for (int u = 0; u < units; u++) {
            long truth = 0;
            for (int k = 0; k < categories; k++) {
                truth |= random.nextDouble() < 0.1 ? 1L << k : 0;
            }
            for (int c = 0; c < coders; c++) {
                if (random.nextDouble() < MISSING) {
                    continue;
                }
                long said = 0;
                for (int k = 0; k < categories; k++) {
                    boolean present = (truth >>> k & 1L) != 0;
                    said |= random.nextDouble() < (present ? 0.8 : 0.03) ? 1L << k : 0;
                }
                long s = said;
                unit[n] = u;
                coder[n] = c;
                value[n++] = codes.computeIfAbsent(s, x -> {
                    masks.add(s);
                    return masks.size() - 1;
                });
            }
        }
        List<String> hazards = java.util.stream.IntStream.range(0, categories).mapToObj(k -> "S" + (k + 1)).toList();
        return RatingTable.fromCodes(ValueDomain.set(hazards), ids("u", units), ids("c", coders),
                masks.stream().mapToLong(Long::longValue).toArray(), unit, coder, value, n, DuplicatePolicy.REJECT);
    }

    static List<String> labels() {
        return List.of("A", "B", "C", "D");
    }

    static List<String> ids(String prefix, int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(prefix + (i + 1));
        }
        return ids;
    }

    /** Writes {@code unit,coder,value} rows for the end-to-end benchmark. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int units = Integer.parseInt(args[1]);
        int coders = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 7;
        Ratings r = nominal(units, coders, seed);
        List<String> labels = labels();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("unit,coder,value\n".getBytes(StandardCharsets.US_ASCII));
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                line.setLength(0);
                line.append('u').append(r.unit()[i] + 1).append(",c").append(r.coder()[i] + 1).append(',')
                        .append(labels.get(r.value()[i])).append('\n');
                out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
            }
        }
        System.out.println(file + ": " + r.size() + " ratings, " + units + " units, " + coders + " coders");
    }
}
