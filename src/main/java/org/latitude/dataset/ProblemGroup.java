package org.latitude.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One reason and every line that has it, so that a problem repeated on 1,680 lines is reported once ("1,680 lines:
 * missing field 'id' — lines 1–1680"). Runs of consecutive lines are ranges; only the first
 * {@value #LISTED_RANGES} ranges are kept, {@code lines} counts all of them. {@code ranges} is empty for a problem of
 * the whole file.
 */
public record ProblemGroup(String reason, long lines, List<LineRange> ranges) {

    public static final int LISTED_RANGES = 12;

    /** Lines {@code first} to {@code last}, both included (1-based). */
    public record LineRange(long first, long last) {

        @Override
        public String toString() {
            return first == last ? Long.toString(first) : first + "–" + last;
        }
    }

    public ProblemGroup {
        ranges = List.copyOf(ranges);
    }

    /** The first line with this problem (0 for the whole file). */
    public long firstLine() {
        return ranges.isEmpty() ? 0 : ranges.getFirst().first();
    }

    /** The lines in ranges (at most {@value #LISTED_RANGES}; the rest are counted). */
    public long listedLines() {
        return ranges.stream().mapToLong(r -> r.last() - r.first() + 1).sum();
    }

    @Override
    public String toString() {
        if (ranges.isEmpty()) {
            return "File: " + reason;
        }
        if (lines == 1) {
            return "Line " + ranges.getFirst().first() + ": " + reason;
        }
        List<String> parts = new ArrayList<>();
        ranges.forEach(r -> parts.add(r.toString()));
        String more = lines > listedLines() ? ", … and " + count(lines - listedLines()) + " more" : "";
        return count(lines) + " lines: " + reason + " — lines " + String.join(", ", parts) + more;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Collects the lines of one reason in file order. */
    public static final class Builder {
        private final String reason;
        private final List<LineRange> ranges = new ArrayList<>();
        private long lines;
        private long lastLine = -1;

        public Builder(String reason) {
            this.reason = reason;
        }

        /** Adds a line (lines arrive in ascending order; a second problem of the same line is not counted again). */
        public void add(long line) {
            if (line == lastLine) {
                return;
            }
            lines++;
            if (!ranges.isEmpty() && line == lastLine + 1 && ranges.getLast().last() == lastLine) {
                ranges.set(ranges.size() - 1, new LineRange(ranges.getLast().first(), line));
            } else if (ranges.size() < LISTED_RANGES) {
                ranges.add(new LineRange(line, line));
            }
            lastLine = line;
        }

        public ProblemGroup build() {
            return new ProblemGroup(reason, lines, ranges);
        }
    }
}
