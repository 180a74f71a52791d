package org.latitude.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Loads the published worked examples copied into test resources from {@code ../shared/reference/agreement}
 * (long CSV {@code unit,coder,value} or {@code unit,coder,labels}; sources in the folder's README). Numeric values
 * become an interval domain (usable at every level), text values a nominal domain in sorted order, label sets a
 * set-valued domain over the keys met.
 */
final class ReferenceTables {

    private ReferenceTables() {
    }

    static RatingTable load(String file) {
        List<String[]> rows = rows(file);
        boolean sets = rows.get(0)[2].equals("labels");
        List<String[]> data = rows.subList(1, rows.size());
        if (sets) {
            TreeSet<String> keys = new TreeSet<>();
            data.forEach(r -> {
                if (!r[2].isEmpty()) {
                    keys.addAll(Arrays.asList(r[2].split("\\|")));
                }
            });
            RatingTableBuilder b = RatingTable.builder(ValueDomain.set(List.copyOf(keys)));
            data.forEach(r -> b.add(r[0], r[1], r[2]));
            return b.build();
        }
        boolean numeric = data.stream().allMatch(r -> r[2].matches("-?\\d+(\\.\\d+)?"));
        ValueDomain domain = numeric
                ? ValueDomain.interval(data.stream().mapToDouble(r -> Double.parseDouble(r[2])).toArray())
                : ValueDomain.nominal(List.copyOf(new TreeSet<>(data.stream().map(r -> r[2]).toList())));
        RatingTableBuilder b = RatingTable.builder(domain);
        data.forEach(r -> b.add(r[0], r[1], r[2]));
        return b.build();
    }

    static List<String[]> rows(String file) {
        try (InputStream in = ReferenceTables.class.getResourceAsStream("reference/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    rows.add(line.strip().split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
