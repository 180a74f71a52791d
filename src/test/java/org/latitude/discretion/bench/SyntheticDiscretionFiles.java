package org.latitude.discretion.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic alignment-discretion data set in the CSV formats of the {@code discretion} command, for
 * benchmarks: n pairs, K principles, 5 annotators (a human label file, two reward models, policy log-likelihoods and
 * a two-order generic judge). Each item has a latent quality difference z between y<sup>1</sup> and y<sup>0</sup>;
 * 25 % of items concern no principle; on the others principle c is relevant with its own probability times the
 * item's salience (sparse, like the HH oracle's judgments) and then prefers sign(β<sub>c</sub> z + noise), with
 * some β<sub>c</sub> negative so that principles conflict; annotators read z
 * with their own noise, ties and (for the judge) position bias. Seeded: the same arguments give the same files.
 *
 * <p>Usage: {@code SyntheticDiscretionFiles DIR [ITEMS] [PRINCIPLES] [SEED]} (defaults 100000, 21, 1).
 */
public final class SyntheticDiscretionFiles {

    /** Share of items on which no principle is relevant (HH-RLHF: 33 %). */
    private static final double INDIFFERENT_ITEMS = 0.25;

    private SyntheticDiscretionFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 21;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        write(dir, items, k, seed);
    }

    public static void write(Path dir, int items, int k, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        double[] z = new double[items];
        for (int i = 0; i < items; i++) {
            z[i] = gaussian(random);
        }
        StringBuilder texts = new StringBuilder();
        for (int c = 0; c < k; c++) {
            texts.append("Synthetic principle ").append(c).append('\n');
        }
        Files.writeString(dir.resolve("principles.txt"), texts, StandardCharsets.UTF_8);
        principles(dir.resolve("principle_preferences.csv"), z, k, random);
        annotators(dir, z, random);
    }

    private static void principles(Path file, double[] z, int k, SplittableRandom random) throws IOException {
        double[] relevance = new double[k];
        double[] beta = new double[k];
        for (int c = 0; c < k; c++) {
            relevance[c] = 0.02 + 0.40 * random.nextDouble();
            beta[c] = random.nextDouble() < 0.1 ? -0.3 - 0.7 * random.nextDouble() : 0.5 + random.nextDouble();
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("row_id,principle_id,order,prob_A,prob_B,prob_NA,cost\n");
            for (int i = 0; i < z.length; i++) {
                double salience = random.nextDouble() < INDIFFERENT_ITEMS ? 0 : 0.2 + 0.8 * random.nextDouble();
                for (int c = 0; c < k; c++) {
                    double strong = 0.6 + 0.39 * random.nextDouble();
                    double weak = (1 - strong) * random.nextDouble();
                    double a;
                    double b;
                    double na;
                    if (random.nextDouble() >= relevance[c] * salience) {
                        na = strong;
                        a = weak;
                        b = 1 - strong - weak;
                    } else {
                        boolean first = beta[c] * z[i] + 0.25 * gaussian(random) > 0;
                        a = first ? strong : weak;
                        b = first ? weak : strong;
                        na = 1 - strong - weak;
                    }
                    out.write(String.format(Locale.ROOT, "%d,%d,0,%.5f,%.5f,%.5f,0.0005%n", i, c, a, b, na));
                }
            }
        }
    }

    private static void annotators(Path dir, double[] z, SplittableRandom random) throws IOException {
        try (BufferedWriter human = writer(dir, "human.csv", "row_id,preference");
             BufferedWriter rmA = writer(dir, "reward_model_a.csv", "row_id,reward_a,reward_b");
             BufferedWriter rmB = writer(dir, "reward_model_b.csv", "row_id,reward_a,reward_b");
             BufferedWriter policy = writer(dir, "policy.csv",
                     "row_id,order,log_prob_chat_chosen,log_prob_chat_rejected");
             BufferedWriter judge = writer(dir, "judge.csv", "row_id,order,prob_A,prob_B,prob_NA")) {
            for (int i = 0; i < z.length; i++) {
                double h = z[i] + 0.7 * gaussian(random);
                human.write(i + "," + (Math.abs(h) < 0.05 ? "0" : h > 0 ? "+1" : "-1") + "\n");
                rmA.write(String.format(Locale.ROOT, "%d,%.3f,%.3f%n", i, z[i] + gaussian(random), gaussian(random)));
                rmB.write(String.format(Locale.ROOT, "%d,%.2f,%.2f%n", i, 0.5 * z[i] + gaussian(random),
                        gaussian(random)));
                double chosen = -400 - 300 * random.nextDouble();
                double rejected = chosen - 20 * (z[i] + 2 * gaussian(random));
                for (int order = 0; order < 2; order++) {
                    policy.write(String.format(Locale.ROOT, "%d,%d,%.1f,%.1f%n", i, order, chosen, rejected));
                }
                judgeRows(judge, i, z[i], random);
            }
        }
    }

    private static void judgeRows(BufferedWriter judge, int item, double z, SplittableRandom random)
            throws IOException {
        double bias = random.nextDouble() < 0.2 ? 3 : 0;
        for (int order = 0; order < 2; order++) {
            double firstIsA = (order == 0 ? z : -z) + 0.5 * gaussian(random) + bias;
            double pa = 1 / (1 + Math.exp(-firstIsA));
            double na = random.nextDouble() < 0.1 ? 0.9 : 0.02;
            judge.write(String.format(Locale.ROOT, "%d,%d,%.5f,%.5f,%.2f%n", item, order, pa * (1 - na),
                    (1 - pa) * (1 - na), na));
        }
    }

    private static BufferedWriter writer(Path dir, String name, String header) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
        out.write(header + "\n");
        return out;
    }

    private static double gaussian(SplittableRandom random) {
        return random.nextGaussian();
    }
}
