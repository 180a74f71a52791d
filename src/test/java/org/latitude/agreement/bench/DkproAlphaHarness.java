package org.latitude.agreement.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * DKPro Agreement 2.2.0's nominal α on a long CSV ({@code unit,coder,value}), read with a plain line reader: the
 * comparison side of {@code bench/agreement-e2e.sh}. Usage: {@code DkproAlphaHarness FILE}.
 */
public final class DkproAlphaHarness {

    private DkproAlphaHarness() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Map<String, Integer> coders = new LinkedHashMap<>();
        Map<String, Map<Integer, String>> units = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                int coder = coders.computeIfAbsent(f[1], c -> coders.size());
                units.computeIfAbsent(f[0], u -> new LinkedHashMap<>()).put(coder, f[2]);
            }
        }
        long read = System.nanoTime();
        CodingAnnotationStudy study = new CodingAnnotationStudy(coders.size());
        for (Map<Integer, String> ratings : units.values()) {
            Object[] row = new Object[coders.size()];
            ratings.forEach((c, v) -> row[c] = v);
            study.addItemAsArray(row);
        }
        long built = System.nanoTime();
        double alpha = new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement();
        long done = System.nanoTime();
        System.out.printf("dkpro alpha=%.10f units=%d read=%.2fs study=%.2fs alpha=%.2fs%n", alpha, units.size(),
                (read - start) / 1e9, (built - read) / 1e9, (done - built) / 1e9);
    }
}
