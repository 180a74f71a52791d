package org.latitude.report;

/** {@code README.txt} of a report bundle: what each file is, and the CSV rules. */
final class ReportReadme {

    private ReportReadme() {
    }

    static String text(ReportDocument report, String title) {
        StringBuilder s = new StringBuilder();
        s.append(clean(title)).append('\n').append("=".repeat(Math.min(78, clean(title).length()))).append("\n\n");
        Provenance p = report.provenance();
        s.append("Written by Latitude ").append(p.version()).append(" (").append(p.command()).append("), seed ")
                .append(p.seed()).append(".\n").append("Method: ").append(clean(p.method())).append("\n\n");
        s.append("Files\n-----\n");
        file(s, "README.txt", "this file.");
        file(s, "report.html", "the report to read and print: summary, figures, tables, definitions. Opens "
                + "offline in any browser (no script, no external resource).");
        file(s, "report.json", "every figure and its provenance (schema " + ReportDocument.SCHEMA + ", JSON "
                + "Schema report.schema.json in Latitude's source); an undefined number is null with its reason.");
        file(s, "measures.csv", "the same measures as report.json, one a row: field, measure, value, ci_low, "
                + "ci_high, n_units, note, then one column per qualifier.");
        for (ReportTable t : report.content().tables()) {
            file(s, t.fileName(), clean(t.title()) + ": " + clean(t.description()) + " Columns: "
                    + clean(String.join(", ", t.columns())) + ".");
        }
        s.append("\nCSV files\n---------\n")
                .append("UTF-8, comma-separated, one header line, CRLF line ends, RFC 4180 quoting (a field with a\n")
                .append("comma, quote or line break is quoted; quotes inside are doubled). An empty number is an\n")
                .append("undefined figure (null in report.json). Text that a spreadsheet would run as a formula\n")
                .append("(starting with = + - @, a tab, a carriage return or NUL) starts with an added apostrophe;\n")
                .append("numbers the analysis computed, negative ones included, are written as plain numbers.\n")
                .append("To get the original text back, drop one leading apostrophe where it is followed by\n")
                .append("apostrophes and then one of those characters.\n");
        if (report.content().tables().stream().anyMatch(t -> t.file().equals("ratings_long"))) {
            s.append("\nRecomputing\n-----------\n")
                    .append("ratings_long.csv (and model_ratings_long.csv) are the coded table every figure was\n")
                    .append("computed from, in the input format of Latitude's headless command:\n")
                    .append("  java -jar latitude.jar analyze --ratings ratings_long.csv [--model "
                            + "model_ratings_long.csv]\n")
                    .append("       --level LEVEL --values VALUES [the options in report.json's provenance]\n")
                    .append("with LEVEL and VALUES from report.json's agreement section; it reproduces measures.csv.\n");
        }
        return s.toString();
    }

    private static void file(StringBuilder s, String name, String what) {
        s.append(String.format(java.util.Locale.ROOT, "%-28s %s%n", name, what));
    }

    /** Control characters of user text would garble a terminal; they become spaces. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", " ");
    }
}
