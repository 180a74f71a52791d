package org.latitude.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A hand-written, byte-level reader of long-format rating files ({@code unit,coder,value} or
 * {@code unit,coder,labels}, RFC 4180 quoting, LF or CRLF, optional UTF-8 BOM). It reads in 4 MiB chunks, interns
 * unit, coder and value ids as int codes without allocating per row, hashes each file (SHA-256, on another
 * thread), and
 * reports malformed input with the file and line number: a missing header, a ragged line, an empty id, an
 * unterminated quote. Several files (ratings, then model judgments) share one set of codes.
 * Codes are given in first-seen order, so a unit-major file gives non-decreasing unit codes.
 */
final class LongCsvReader {

    static final int CHUNK = 1 << 22;
    private static final int FIELDS = CsvRecord.FIELDS;

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
    int size;
    final List<Source> sources = new ArrayList<>();
    String valueColumn;

    private final int chunk;
    private final CsvRecord record = new CsvRecord();
    private int[] order;
    private int[] skewRating = new int[16];
    private int[] skewLine = new int[16];
    private int skews;

    LongCsvReader() {
        this(CHUNK);
    }

    /** A reader with another chunk size (tests use tiny chunks to cross every record boundary). */
    LongCsvReader(int chunk) {
        this.chunk = chunk;
    }

    /** Source of the next bytes of a file or of a byte range of it. */
    @FunctionalInterface
    interface Chunks {
        int read(byte[] buffer, int offset, int length) throws IOException;
    }

    /**
     * Reads one file; a model file's coder ids are models. A large first file is parsed in two halves on two
     * threads and merged ({@link TwoHalves}), with the same codes, order and line numbers as a sequential read.
     */
    void read(Path file, boolean model) throws IOException {
        FutureTask<String> hash = new FutureTask<>(() -> FileHash.sha256(file));
        Thread.ofPlatform().daemon().start(hash);
        int first = size;
        try (FileChannel channel = FileChannel.open(file)) {
            if (size > 0 || !TwoHalves.read(this, file, channel)) {
                clearIfEmpty(first);
                parse(rangeOf(channel, 0, channel.size()), file, true, channel.size(), 1);
            }
        }
        try {
            sources.add(new Source(file, model, first, size, Arrays.copyOf(skewRating, skews),
                    Arrays.copyOf(skewLine, skews), hash.get()));
        } catch (InterruptedException | ExecutionException e) {
            throw new IOException("hashing " + file, e);
        }
    }

    /** Bytes {@code [from, to)} of a file. */
    static Chunks rangeOf(FileChannel channel, long from, long to) {
        long[] position = {from};
        return (buffer, offset, length) -> {
            int wanted = (int) Math.min(length, to - position[0]);
            if (wanted <= 0) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(buffer, offset, wanted), position[0]);
            position[0] += Math.max(n, 0);
            return n;
        };
    }

    /** Forgets a failed attempt at the first file (before a sequential re-read). */
    private void clearIfEmpty(int first) {
        if (first == 0) {
            units = new ByteInterner();
            coders = new ByteInterner();
            values = new ByteInterner();
            size = 0;
            valueColumn = null;
        }
        skews = 0;
        record.sawQuote = false;
    }

    /**
     * Parses records from {@code in} (a header first if {@code header}), the first of them on line
     * {@code firstLine}; returns the number of lines consumed.
     */
    long parse(Chunks in, Path file, boolean header, long byteCount, long firstLine) throws IOException {
        byte[] b = new byte[chunk];
        int length = 0;
        int pos = 0;
        boolean eof = false;
        long line = firstLine;
        while (pos < length || !eof) {
            int next = pos < length ? record.scan(b, pos, length, eof) : -1;
            if (next < 0) {
                if (eof) {
                    break;
                }
                System.arraycopy(b, pos, b, 0, length - pos);
                length -= pos;
                pos = 0;
                if (length == b.length) {
                    b = Arrays.copyOf(b, b.length * 2);
                }
                int n = in.read(b, length, b.length - length);
                if (n < 0) {
                    eof = true;
                } else {
                    length += n;
                    reserve(b, length, byteCount);
                }
                continue;
            }
            if (header) {
                header(file, line);
                header = false;
            } else if (!record.isBlank()) {
                rating(file, line);
            }
            line += record.lines;
            pos = next;
        }
        if (header) {
            throw new CsvFormatException(file, 1, "empty file: expected a header unit,coder,value or "
                    + "unit,coder,labels");
        }
        return line - firstLine;
    }

    /** Whether a quoted field was met (a line break may then hide inside a field). */
    boolean sawQuote() {
        return record.sawQuote;
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

    /** Sizes the rating arrays once from the file size and the line length met in the first chunk. */
    private void reserve(byte[] b, int length, long fileSize) {
        if (size > 0 || unit.length > 1 << 16 || fileSize <= length) {
            return;
        }
        int lines = 0;
        for (int i = 0; i < length; i++) {
            lines += b[i] == '\n' ? 1 : 0;
        }
        long estimate = lines == 0 ? 0 : (long) (fileSize / ((double) length / lines) * 1.05);
        if (estimate > unit.length && estimate < Integer.MAX_VALUE - 8) {
            unit = Arrays.copyOf(unit, (int) estimate);
            coder = Arrays.copyOf(coder, (int) estimate);
            value = Arrays.copyOf(value, (int) estimate);
        }
    }

    private void header(Path file, long line) {
        String[] names = new String[record.problem != null ? 0 : record.count];
        for (int i = 0; i < names.length && i < FIELDS; i++) {
            names[i] = record.text(i).strip().toLowerCase(java.util.Locale.ROOT);
        }
        if (names.length > 0 && names[0] != null && names[0].startsWith("\uFEFF")) {
            names[0] = names[0].substring(1);
        }
        List<String> found = Arrays.asList(names);
        String column = found.contains("labels") ? "labels" : "value";
        order = new int[] {found.indexOf("unit"), found.indexOf("coder"), found.indexOf(column)};
        if (record.count != FIELDS || order[0] < 0 || order[1] < 0 || order[2] < 0) {
            throw new CsvFormatException(file, line, "missing header: expected unit,coder,value or "
                    + "unit,coder,labels, found " + String.join(",", Arrays.stream(names).map(String::valueOf)
                    .toList()));
        }
        if (valueColumn != null && !valueColumn.equals(column)) {
            throw new CsvFormatException(file, line, "column " + column + " where the ratings file has "
                    + valueColumn);
        }
        valueColumn = column;
    }

    private void rating(Path file, long line) {
        if (record.problem != null || record.count != FIELDS) {
            throw new CsvFormatException(file, line, record.problem != null ? record.problem
                    : "expected 3 fields, found " + record.count);
        }
        int u = order[0];
        int c = order[1];
        int v = order[2];
        int[] length = record.length;
        if (length[u] == 0 || length[c] == 0) {
            throw new CsvFormatException(file, line, "empty " + (length[u] == 0 ? "unit" : "coder") + " id");
        }
        if (length[v] == 0 && valueColumn.equals("value")) {
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
        unit[size] = units.intern(record.buffer[u], record.start[u], length[u]);
        coder[size] = coders.intern(record.buffer[c], record.start[c], length[c]);
        int known = values.size();
        int id = values.intern(record.buffer[v], record.start[v], length[v]);
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
