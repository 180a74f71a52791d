package org.latitude.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.latitude.agreement.Published.assertPublished;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latitude.testsupport.SharedFixtures;

/**
 * ConvAbuse (Cercas Curry, Abercrombie &amp; Rieser 2021, EMNLP; CC BY 4.0): the reference α values of its README,
 * computed over all 4,185 items of the train, valid and test splits (wide format, 8 annotator slots of 17 columns,
 * first value of a repeated cell): nominal binary abusive (level &lt; 0) 0.652, nominal 5 levels 0.437, interval 5
 * levels 0.734. Read from {@code ../shared/datasets/convabuse}; skipped with a message when it is absent.
 */
class ConvAbuseValidationTest {

    private static final String[] SPLITS = {"ConvAbuseEMNLPtrain.csv", "ConvAbuseEMNLPvalid.csv",
        "ConvAbuseEMNLPtest.csv"};
    private static final int FIRST_ANNOTATOR_COLUMN = 7;
    private static final int COLUMNS_PER_ANNOTATOR = 17;
    private static final int[] LEVELS = {1, 0, -1, -2, -3};

    private static RatingTable levels;
    private static RatingTable abusive;

    @BeforeAll
    static void read() throws IOException {
        RatingTableBuilder five = RatingTable.builder(ValueDomain.interval(-3, -2, -1, 0, 1));
        RatingTableBuilder binary = RatingTable.builder(ValueDomain.nominal(List.of("not_abusive", "abusive")));
        for (String split : SPLITS) {
            Path file = SharedFixtures.require("datasets/convabuse/" + split);
            List<List<String>> rows = Rfc4180.parse(Files.readString(file, StandardCharsets.UTF_8));
            for (List<String> row : rows.subList(1, rows.size())) {
                String unit = split + "#" + row.get(0);
                for (int a = 0; a < 8; a++) {
                    int level = level(row, FIRST_ANNOTATOR_COLUMN + a * COLUMNS_PER_ANNOTATOR);
                    if (level != Integer.MIN_VALUE) {
                        five.add(unit, "Annotator" + (a + 1), Integer.toString(level));
                        binary.add(unit, "Annotator" + (a + 1), level < 0 ? "abusive" : "not_abusive");
                    }
                }
            }
        }
        levels = five.build();
        abusive = binary.build();
    }

    /** The level whose one-hot column holds 1 (first value of a repeated cell), or MIN_VALUE if not labelled. */
    private static int level(List<String> row, int first) {
        for (int i = 0; i < LEVELS.length; i++) {
            String cell = row.get(first + i).strip();
            if (!cell.isEmpty() && cell.split(",")[0].strip().equals("1")) {
                return LEVELS[i];
            }
        }
        return Integer.MIN_VALUE;
    }

    @Test
    void readsAllItemsOfTheThreeSplits() {
        assertThat(levels.unitCount()).isEqualTo(4185);
    }

    @Test
    void reproducesTheReadmeAlphas() {
        System.out.printf("ConvAbuse: %d items, %d ratings; alpha nominal binary %.6f, nominal 5 levels %.6f,"
                + " interval 5 levels %.6f, ordinal 5 levels %.6f%n", levels.unitCount(), levels.ratingCount(),
                KrippendorffAlpha.nominal(abusive).value(), KrippendorffAlpha.nominal(levels).value(),
                KrippendorffAlpha.interval(levels).value(), KrippendorffAlpha.ordinal(levels).value());
        assertPublished(KrippendorffAlpha.nominal(abusive).value(), "0.652");
        assertPublished(KrippendorffAlpha.nominal(levels).value(), "0.437");
        assertPublished(KrippendorffAlpha.interval(levels).value(), "0.734");
    }

    /** RFC 4180 records of a whole file (quoted fields may hold commas, quotes and line breaks). */
    static final class Rfc4180 {
        private Rfc4180() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (!field.isEmpty() || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
