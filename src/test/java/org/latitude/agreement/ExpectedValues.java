package org.latitude.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.latitude.testsupport.SharedFixtures;

/** The rows of {@code ../shared/reference/agreement/expected_values.csv} and the tolerance each deserves. */
final class ExpectedValues {

    record Row(String file, String measure, String sourceType, String source, String value) {

        /**
         * Published values: half a unit of their last digit (docs/validation.md); values rounded by the tool (irrCAC's
         * 5 dp, irr's 3 dp): half a unit of that digit plus float slack; exact implementation values: 1e-9.
         */
        double tolerance() {
            if (sourceType.equals("published") && source.contains("library test value")) {
                // DKPro's SetAnnotationsTest values are truncated, not rounded: 0.252 for the 0.25295 that DKPro
                // 2.2.0 itself (and NLTK) compute on the same file, which Dkpro220ReferenceValuesTest checks to 1e-9.
                return 1e-3;
            }
            if (sourceType.equals("published")) {
                return halfUnit(value) + 1e-12;
            }
            if (source.contains("(5 dp)")) {
                return 6e-6;
            }
            if (source.contains("3 dp")) {
                return 5e-4 + 1e-12;
            }
            return 1e-9;
        }

        double expected() {
            return Double.parseDouble(value);
        }

        @Override
        public String toString() {
            return file + " " + measure + " = " + value + " (" + sourceType + ": " + source + ")";
        }
    }

    private ExpectedValues() {
    }

    static double halfUnit(String published) {
        return 0.5 * Math.pow(10, -Math.max(new BigDecimal(published).scale(), 0));
    }

    static List<Row> rows() {
        try {
            List<String> lines = Files.readAllLines(SharedFixtures.require("reference/agreement/expected_values.csv"));
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    List<String> f = split(line);
                    rows.add(new Row(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 fields of one line. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
