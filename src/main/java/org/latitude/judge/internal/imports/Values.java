package org.latitude.judge.internal.imports;

import java.util.Locale;
import org.latitude.judge.PresentedOrder;
import org.latitude.judge.SafetyVerdict;

/**
 * Cell values of judgment files, checked: a failure is recorded as a problem of its line and returns a marker
 * ({@code NaN}, null) the caller skips. Values are trimmed; text is quoted back at most 200 characters long.
 */
public final class Values {

    private Values() {
    }

    /** A probability in [0, 1]; {@code NaN} (and a problem) otherwise. */
    public static double probability(String text, String field, long line, ImportContext ctx) {
        double value = number(text, field, line, ctx);
        if (!Double.isNaN(value) && (value < 0 || value > 1)) {
            ctx.problem(line, field + " is " + text.trim() + ", outside [0, 1]");
            return Double.NaN;
        }
        return value;
    }

    /** A finite number; {@code NaN} (and a problem) when missing, not a number, or infinite. */
    public static double number(String text, String field, long line, ImportContext ctx) {
        if (text == null || text.isBlank()) {
            ctx.problem(line, field + " is missing");
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ctx.problem(line, field + " is '" + quote(text) + "', not a finite number");
        return Double.NaN;
    }

    /** An optional probability: null when absent. */
    public static Double optionalProbability(String text, String field, long line, ImportContext ctx) {
        if (text == null || text.isBlank()) {
            return null;
        }
        double p = probability(text, field, line, ctx);
        return Double.isNaN(p) ? null : p;
    }

    /** A non-negative integer such as a principle id; -1 (and a problem) otherwise. */
    public static int index(String text, String field, long line, ImportContext ctx) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ctx.problem(line, field + " is '" + quote(text) + "', not a non-negative whole number");
        return -1;
    }

    /** {@code safe} / {@code unsafe} (and for a response {@code needs_caution} / {@code needs caution}). */
    public static SafetyVerdict verdict(String text, String field, boolean response, long line, ImportContext ctx) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        switch (t) {
            case "safe":
                return SafetyVerdict.SAFE;
            case "unsafe":
                return SafetyVerdict.UNSAFE;
            case "needs_caution":
                if (response) {
                    return SafetyVerdict.NEEDS_CAUTION;
                }
                break;
            default:
                break;
        }
        ctx.problem(line, field + " is '" + quote(text) + "'; expected safe or unsafe"
                + (response ? " or needs_caution" : ""));
        return null;
    }

    /** The generic formats' order: {@code AB} or {@code BA}; {@code defaultOrder} when absent. */
    public static PresentedOrder order(String text, PresentedOrder defaultOrder, long line, ImportContext ctx) {
        if (text == null || text.isBlank()) {
            return defaultOrder;
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("AB") || t.equals("BA")) {
            return PresentedOrder.valueOf(t);
        }
        ctx.problem(line, "order is '" + quote(text) + "'; expected AB or BA");
        return null;
    }

    /** The alignment-discretion order: 0 (or "0,1") when A is the item's response A, 1 (or "1,0") when swapped. */
    public static PresentedOrder discretionOrder(String text, long line, ImportContext ctx) {
        switch (text == null ? "" : text.trim().replace(" ", "")) {
            case "0", "0,1":
                return PresentedOrder.AB;
            case "1", "1,0":
                return PresentedOrder.BA;
            default:
                ctx.problem(line, "order is '" + quote(text) + "'; expected 0 or 1 (or \"0,1\" / \"1,0\")");
                return null;
        }
    }

    /** Text shown back in a problem: at most 200 characters, line breaks visible. */
    public static String quote(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("\n", "\\n").replace("\r", "\\r");
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
