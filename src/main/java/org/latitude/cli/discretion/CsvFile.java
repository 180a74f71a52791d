package org.latitude.cli.discretion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.latitude.textio.CsvReader;
import org.latitude.textio.Excerpt;
import org.latitude.textio.ReadLimits;
import org.latitude.textio.TextFault;

/**
 * A header-led CSV file read row by row through the project's CSV reader ({@link CsvReader}: RFC 4180 quoting, e.g.
 * the {@code "0,1"} order values of the authors' policy files, strict UTF-8, gzip, the line limit), columns looked up
 * by name so that column order may vary, spaces around fields trimmed, and every error reported with the file and
 * line. Blank lines are skipped.
 */
final class CsvFile implements AutoCloseable {

    private final Path path;
    private final CsvReader reader;
    private final Map<String, Integer> header = new HashMap<>();

    private CsvFile(Path path) {
        this.path = path;
        try {
            this.reader = CsvReader.open(path, ReadLimits.commandLine(), true);
        } catch (IOException e) {
            throw new InputException(path, 0, "cannot read: " + e.getMessage());
        }
    }

    static CsvFile open(Path path) {
        CsvFile file = new CsvFile(path);
        if (!file.next()) {
            file.close();
            throw new InputException(path, 1, "empty file: a header line is expected");
        }
        for (int i = 0; i < file.reader.fieldCount(); i++) {
            file.header.putIfAbsent(file.reader.text(i), i);
        }
        return file;
    }

    /** The index of the first of {@code names} present in the header. */
    int column(String... names) {
        int index = optionalColumn(names);
        if (index < 0) {
            throw new InputException(path, 1, "missing column " + String.join(" or ", names));
        }
        return index;
    }

    /** The index of the first of {@code names} present in the header, or −1. */
    int optionalColumn(String... names) {
        for (String name : names) {
            Integer index = header.get(name);
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    /** Advances to the next record; false at the end. A fault of the reader stops with its file and line. */
    boolean next() {
        try {
            if (!reader.next()) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TextFault fault = reader.fault();
        if (fault != null) {
            throw new InputException(path, fault.line(), fault.reason());
        }
        return true;
    }

    String text(int column) {
        requireField(column);
        return reader.text(column);
    }

    /** The field as quoted in an error message (at most {@value Excerpt#MAX} characters). */
    String shown(int column) {
        return Excerpt.of(text(column));
    }

    /** Whether the field is exactly {@code text} (ASCII), without decoding it. */
    boolean fieldEquals(int column, String text) {
        return reader.fieldIs(column, text);
    }

    double number(int column) {
        String text = text(column);
        try {
            double value = Double.parseDouble(text);
            if (Double.isNaN(value)) {
                throw error("not a number in field " + (column + 1) + ": " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error("not a number in field " + (column + 1) + ": '" + Excerpt.of(text) + "'");
        }
    }

    /** A probability: a number in [0, 1]. */
    double probability(int column) {
        double p = number(column);
        if (!(p >= 0 && p <= 1)) {
            throw error("a probability must lie in [0, 1]; field " + (column + 1) + " is " + text(column));
        }
        return p;
    }

    /**
     * A presentation order: {@code 0} (or {@code "0,1"}, the authors' policy files) when response A is
     * y<sup>1</sup>, {@code 1} (or {@code "1,0"}) when A is y<sup>0</sup>.
     */
    int order(int column) {
        if (fieldEquals(column, "0")) {
            return 0;
        }
        return switch (text(column)) {
            case "0", "0,1" -> 0;
            case "1", "1,0" -> 1;
            default -> throw error("order must be 0 or 1 (or \"0,1\" / \"1,0\"), found '" + Excerpt.of(text(column))
                    + "'");
        };
    }

    InputException error(String message) {
        return new InputException(path, reader.line(), message);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireField(int column) {
        if (column >= reader.fieldCount()) {
            throw error("expected at least " + (column + 1) + " fields, found " + reader.fieldCount());
        }
    }
}
