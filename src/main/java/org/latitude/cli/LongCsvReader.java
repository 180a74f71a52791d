package org.latitude.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.latitude.textio.ByteSource;
import org.latitude.textio.CsvReader;
import org.latitude.textio.DigestingInput;
import org.latitude.textio.Excerpt;
import org.latitude.textio.ReadLimits;
import org.latitude.textio.TextInput;

/**
 * Reads long-format rating files ({@code unit,coder,value} or {@code unit,coder,labels}) through the project's one
 * CSV reader ({@link CsvReader}: RFC 4180, strict UTF-8, line limit, gzip, BOM, blank lines, spaces around fields
 * trimmed) and interns unit, coder and value ids as int codes without allocating per row; hashes each file
 * (SHA-256, on another thread) and reports malformed input with the file and line number: a missing header, a
 * ragged line, an empty id, a fault of the reader. Several files (ratings, then model judgments) share one set of
 * codes. Codes are given in first-seen order, so a unit-major file gives non-decreasing unit codes.
 */
final class LongCsvReader {

    static final int CHUNK = 1 << 22;
    private static final int FIELDS = 3;
    private static final ReadLimits LIMITS = ReadLimits.commandLine();

    /** Where a file's ratings sit in the shared arrays, with what is needed to recover each one's line number. */
    record Source(Path file, boolean model, int firstRating, int endRating, int[] skewRating, int[] skewLine,
                  String sha256) {

        int lineOf(int rating) {
            int i = Arrays.binarySearch(skewRating, rating);
            i = i >= 0 ? i : -i - 2;
            return skewLine[i] + (rating - skewRating[i]);
        }
    }

    ByteInterner units = new ByteInterner();
    ByteInterner coders = new ByteInterner();
    ByteInterner values = new ByteInterner();
    int[] unit = new int[1 << 16];
    int[] coder = new int[1 << 16];
    int[] value = new int[1 << 16];
    int[] valueFirstRating = new int[64];
    /** Ratings per coder code (counted while parsing: a separate pass would run cold on 7 M ratings). */
    long[] coderRatings = new long[16];
    int size;
    final List<Source> sources = new ArrayList<>();
    String valueColumn;

    private final int chunk;
    private int[] order;
    private int[] skewRating = new int[16];
    private int[] skewLine = new int[16];
    private int skews;
    private boolean sawQuote;

    LongCsvReader() {
        this(CHUNK);
    }

    /** A reader with another chunk size (tests use tiny chunks to cross every record boundary). */
    LongCsvReader(int chunk) {
        this.chunk = chunk;
    }

    /**
     * Reads one file; a model file's coder ids are models. A large plain first file is parsed in two halves on two
     * threads and merged ({@link TwoHalves}), with the same codes, order and line numbers as a sequential read; a
     * gzip file is read sequentially.
     */
    void read(Path file, boolean model) throws IOException {
        FutureTask<String> hash = new FutureTask<>(() -> DigestingInput.sha256(file));
        Thread.ofPlatform().daemon().start(hash);
        int first = size;
        if (TextInput.isGzip(file)) {
            try (CsvReader csv = CsvReader.open(file, LIMITS, true)) {
                parse(csv, file, true, -1);
            }
        } else {
            try (FileChannel channel = FileChannel.open(file)) {
                if (size > 0 || !TwoHalves.read(this, file, channel)) {
                    clearIfEmpty(first);
                    parse(ByteSource.range(channel, 0, channel.size()), file, true, channel.size(), 1, 0);
                }
            }
        }
        try {
            sources.add(new Source(file, model, first, size, Arrays.copyOf(skewRating, skews),
                    Arrays.copyOf(skewLine, skews), hash.get()));
        } catch (InterruptedException | ExecutionException e) {
            throw new IOException("hashing " + file, e);
        }
    }

    /** Forgets a failed attempt at the first file (before a sequential re-read). */
    private void clearIfEmpty(int first) {
        if (first == 0) {
            units = new ByteInterner();
            coders = new ByteInterner();
            coderRatings = new long[16];
            values = new ByteInterner();
            size = 0;
            valueColumn = null;
        }
        skews = 0;
        sawQuote = false;
    }

    /**
     * Parses the records of bytes {@code in} (a header first if {@code header}), which start at byte {@code offset}
     * of the file, on line {@code firstLine}; returns the number of lines consumed.
     */
    long parse(ByteSource in, Path file, boolean header, long byteCount, long firstLine, long offset)
            throws IOException {
        CsvReader csv = CsvReader.of(in, file.getFileName().toString(), LIMITS, true, chunk, firstLine, offset);
        return parse(csv, file, header, byteCount) - firstLine;
    }

    /** Reads every record of {@code csv}; returns the line after the last one. */
    private long parse(CsvReader csv, Path file, boolean header, long byteCount) throws IOException {
        long records = 0;
        long firstOffset = 0;
        while (csv.next()) {
            if (csv.fault() != null) {
                sawQuote |= csv.sawQuote();
                throw new CsvFormatException(file, csv.fault().line(), csv.fault().reason());
            }
            if (header) {
                header(csv, file);
                header = false;
            } else {
                rating(csv, file);
                if (++records == 1) {
                    firstOffset = csv.byteOffset();
                } else if (records == 4096 && byteCount > 0) {
                    reserve(byteCount, (csv.byteOffset() - firstOffset) / (double) (records - 1));
                }
            }
        }
        sawQuote |= csv.sawQuote();
        if (header) {
            throw new CsvFormatException(file, 1, "empty file: expected a header unit,coder,value or "
                    + "unit,coder,labels");
        }
        return csv.line();
    }

    /** Whether a quoted field was met (a line break may then hide inside a field). */
    boolean sawQuote() {
        return sawQuote;
    }

    /** Takes the column layout read by another reader of the same file. */
    void adoptHeader(LongCsvReader other) {
        order = other.order.clone();
        valueColumn = other.valueColumn;
    }

    /**
     * Appends the ratings of {@code part} (the second half of the same file), re-coding its ids into this reader's
     * codes; its line numbers are shifted by {@code lineOffset}.
     */
    void absorb(LongCsvReader part, long lineOffset) {
        int[] unitMap = units.internAll(part.units);
        int[] coderMap = coders.internAll(part.coders);
        coderRatings = Arrays.copyOf(coderRatings, Math.max(coderRatings.length, coders.size()));
        for (int id = 0; id < coderMap.length; id++) {
            coderRatings[coderMap[id]] += part.coderRatings[id];
        }
        int knownValues = values.size();
        int[] valueMap = values.internAll(part.values);
        valueFirstRating = Arrays.copyOf(valueFirstRating, Math.max(valueFirstRating.length, values.size()));
        for (int id = 0; id < valueMap.length; id++) {
            if (valueMap[id] >= knownValues) {
                valueFirstRating[valueMap[id]] = size + part.valueFirstRating[id];
            }
        }
        int total = size + part.size;
        if (total > unit.length) {
            unit = Arrays.copyOf(unit, total);
            coder = Arrays.copyOf(coder, total);
            value = Arrays.copyOf(value, total);
        }
        for (int i = 0; i < part.size; i++) {
            unit[size + i] = unitMap[part.unit[i]];
            coder[size + i] = coderMap[part.coder[i]];
            value[size + i] = valueMap[part.value[i]];
        }
        for (int s = 0; s < part.skews; s++) {
            addSkew(size + part.skewRating[s], part.skewLine[s] + lineOffset);
        }
        size = total;
    }

    /** Sizes the rating arrays once from the file size and the mean record length so far. */
    private void reserve(long fileSize, double bytesPerRecord) {
        if (size > 4096 || unit.length > 1 << 16 || bytesPerRecord <= 0) {
            return;
        }
        long estimate = (long) (fileSize / bytesPerRecord * 1.05);
        if (estimate > unit.length && estimate < Integer.MAX_VALUE - 8) {
            unit = Arrays.copyOf(unit, (int) estimate);
            coder = Arrays.copyOf(coder, (int) estimate);
            value = Arrays.copyOf(value, (int) estimate);
        }
    }

    private void header(CsvReader csv, Path file) {
        String[] names = new String[csv.fieldCount()];
        for (int i = 0; i < names.length; i++) {
            names[i] = csv.text(i).toLowerCase(java.util.Locale.ROOT);
        }
        List<String> found = Arrays.asList(names);
        String column = found.contains("labels") ? "labels" : "value";
        order = new int[] {found.indexOf("unit"), found.indexOf("coder"), found.indexOf(column)};
        if (names.length != FIELDS || order[0] < 0 || order[1] < 0 || order[2] < 0) {
            throw new CsvFormatException(file, csv.line(), "missing header: expected unit,coder,value or "
                    + "unit,coder,labels, found " + Excerpt.of(String.join(",", found)));
        }
        if (valueColumn != null && !valueColumn.equals(column)) {
            throw new CsvFormatException(file, csv.line(), "column " + column + " where the ratings file has "
                    + valueColumn);
        }
        valueColumn = column;
    }

    private void rating(CsvReader csv, Path file) {
        long line = csv.line();
        if (csv.fieldCount() != FIELDS) {
            throw new CsvFormatException(file, line, "expected 3 fields, found " + csv.fieldCount());
        }
        int u = order[0];
        int c = order[1];
        int v = order[2];
        if (csv.fieldLength(u) == 0 || csv.fieldLength(c) == 0) {
            throw new CsvFormatException(file, line, "empty " + (csv.fieldLength(u) == 0 ? "unit" : "coder") + " id");
        }
        if (csv.fieldLength(v) == 0 && valueColumn.equals("value")) {
            throw new CsvFormatException(file, line, "empty value (a missing rating is an absent row)");
        }
        if (size == unit.length) {
            unit = Arrays.copyOf(unit, size * 2);
            coder = Arrays.copyOf(coder, size * 2);
            value = Arrays.copyOf(value, size * 2);
        }
        if (skews == 0 || skewLine[skews - 1] + (long) (size - skewRating[skews - 1]) != line) {
            addSkew(size, line);
        }
        unit[size] = units.intern(csv.fieldBuffer(u), csv.fieldStart(u), csv.fieldLength(u));
        int coderCode = coders.intern(csv.fieldBuffer(c), csv.fieldStart(c), csv.fieldLength(c));
        if (coderCode == coderRatings.length) {
            coderRatings = Arrays.copyOf(coderRatings, coderCode * 2);
        }
        coderRatings[coderCode]++;
        coder[size] = coderCode;
        int known = values.size();
        int id = values.intern(csv.fieldBuffer(v), csv.fieldStart(v), csv.fieldLength(v));
        if (values.size() > known) {
            if (id == valueFirstRating.length) {
                valueFirstRating = Arrays.copyOf(valueFirstRating, id * 2);
            }
            valueFirstRating[id] = size;
        }
        value[size++] = id;
    }

    private void addSkew(int rating, long line) {
        if (skews == skewRating.length) {
            skewRating = Arrays.copyOf(skewRating, skews * 2);
            skewLine = Arrays.copyOf(skewLine, skews * 2);
        }
        skewRating[skews] = rating;
        skewLine[skews++] = (int) line;
    }

    /** The file and line of a rating, by its index in the shared arrays. */
    Source sourceOf(int rating) {
        for (Source s : sources) {
            if (rating < s.endRating()) {
                return s;
            }
        }
        throw new IllegalArgumentException("no rating " + rating);
    }

    /** Index of the first rating with value id {@code id}. */
    int firstRatingOf(int id) {
        return valueFirstRating[id];
    }

}
