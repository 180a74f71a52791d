package org.latitude.textio.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.latitude.textio.CsvReader;
import org.latitude.textio.ReadLimits;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The measurement behind the choice of CSV reader (docs/decisions.md, docs/benchmarks.md): each candidate reads every
 * record of a long rating file and touches every field (sum of field lengths), in one JVM, warm-up first, then
 * {@code RUNS} timed passes each. Strict UTF-8 decoding for the two char-based parsers (a decoder that reports bad
 * bytes), as the project requires. Run on demand:
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath)
 * org.latitude.textio.bench.CsvParserComparison FILE [RUNS]}
 */
public final class CsvParserComparison {

    private CsvParserComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String[] names = {"textio CsvReader (bytes)", "commons-csv 1.14.1", "jackson-dataformat-csv 3.1.4"};
        for (int pass = -1; pass < runs; pass++) {
            for (int i = 0; i < names.length; i++) {
                long start = System.nanoTime();
                long checksum = switch (i) {
                    case 0 -> textio(file);
                    case 1 -> commons(file);
                    default -> jackson(file);
                };
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (pass >= 0) {
                    System.out.printf(Locale.ROOT, "%-30s run %d: %5d ms  (checksum %d)%n", names[i], pass + 1, ms,
                            checksum);
                }
            }
        }
    }

    private static Reader strict(Path file) throws IOException {
        return new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    static long textio(Path file) throws IOException {
        long sum = 0;
        try (CsvReader csv = CsvReader.open(file, ReadLimits.commandLine(), true)) {
            while (csv.next()) {
                csv.requireValid();
                for (int f = 0; f < csv.fieldCount(); f++) {
                    sum += csv.fieldLength(f);
                }
            }
        }
        return sum;
    }

    static long commons(Path file) throws IOException {
        long sum = 0;
        try (CSVParser parser = CSVParser.parse(strict(file), CSVFormat.RFC4180.builder().setTrim(true).get())) {
            for (CSVRecord r : parser) {
                for (String v : r) {
                    sum += v.length();
                }
            }
        }
        return sum;
    }

    static long jackson(Path file) throws IOException {
        long sum = 0;
        CsvMapper mapper = new CsvMapper();
        try (JsonParser parser = mapper.reader(CsvSchema.emptySchema()).createParser(strict(file))) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    sum += parser.getString().strip().length();
                }
            }
        }
        return sum;
    }
}
