package org.latitude.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.latitude.agreement.DuplicatePolicy;
import org.latitude.agreement.DuplicateRatingException;
import org.latitude.agreement.Level;
import org.latitude.agreement.RatingTable;

/**
 * Reads a ratings file and any model files into one {@link RatingTable}: the models' coder ids become models,
 * values are coded at the declared level, and every problem (malformed CSV, a second rating of a unit by the same
 * coder, a value the level cannot take) is reported with its file and line.
 */
final class RatingFiles {

    /**
     * The table, the model coder ids, the files read (with their hashes), the value column's name and the number of
     * ratings of each coder (by coder code).
     */
    record Loaded(RatingTable table, Set<String> models, List<LongCsvReader.Source> sources, String column,
                  Map<String, Long> coderRatings) {

        long modelRatings() {
            return coderRatings.entrySet().stream().filter(e -> models.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    private RatingFiles() {
    }

    /**
     * @param level    the declared level, or {@code null}: set for a {@code labels} column, else nominal
     * @param declared the declared values (order for ordinal, scheme for nominal, categories for sets), or null
     */
    static Loaded load(Path ratings, List<Path> modelFiles, Level level, List<String> declared) throws IOException {
        LongCsvReader reader = new LongCsvReader();
        reader.read(ratings, false);
        int humanCoders = reader.coders.size();
        Set<String> models = new LinkedHashSet<>();
        for (Path file : modelFiles) {
            int before = reader.size;
            reader.read(file, true);
            for (int i = before; i < reader.size; i++) {
                int c = reader.coder[i];
                if (c < humanCoders) {
                    throw new CsvFormatException(file, reader.sourceOf(i).lineOf(i), "coder " + reader.coders.get(c)
                            + " also rates in " + ratings.getFileName() + "; a model needs its own coder id");
                }
                models.add(reader.coders.get(c));
            }
        }
        Level resolved = level != null ? level : reader.valueColumn.equals("labels") ? Level.SET : Level.NOMINAL;
        if ((resolved == Level.SET) != reader.valueColumn.equals("labels")) {
            throw new CsvFormatException(ratings, 1, "level " + resolved.name().toLowerCase() + " needs a "
                    + (resolved == Level.SET ? "labels" : "value") + " column, the file has " + reader.valueColumn);
        }
        ValueCoding.Coded coded;
        try {
            coded = ValueCoding.resolve(reader.values.all(), resolved, declared);
        } catch (ValueCoding.BadValue e) {
            int rating = reader.firstRatingOf(e.valueId);
            LongCsvReader.Source s = reader.sourceOf(rating);
            throw new CsvFormatException(s.file(), s.lineOf(rating), e.getMessage());
        }
        int[] values = reader.value;
        int[] codes = coded.codes();
        for (int i = 0; i < reader.size; i++) {
            values[i] = codes[values[i]];
        }
        try {
            RatingTable table = RatingTable.fromCodes(coded.domain(), reader.units.packed(), reader.coders.all(),
                    coded.setMasks(), reader.unit, reader.coder, values, reader.size, DuplicatePolicy.REJECT);
            Map<String, Long> perCoder = new LinkedHashMap<>();
            for (int c = 0; c < reader.coders.size(); c++) {
                perCoder.put(reader.coders.get(c), reader.coderRatings[c]);
            }
            return new Loaded(table, models, new ArrayList<>(reader.sources), reader.valueColumn, perCoder);
        } catch (DuplicateRatingException e) {
            LongCsvReader.Source s = reader.sourceOf(e.ratingIndex());
            throw new CsvFormatException(s.file(), s.lineOf(e.ratingIndex()), "duplicate rating: coder " + e.coder()
                    + " already rated unit " + e.unit());
        }
    }

    static List<String> split(String list) {
        return list == null ? null : Arrays.stream(list.split(",", -1)).map(String::strip).toList();
    }
}
