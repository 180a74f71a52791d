package org.latitude.dataset;

import java.util.List;

/**
 * The outcome of an import. Either the whole file was stored ({@code imported}, with the new dataset's id), or nothing
 * was and {@code problems} lists the first {@link ImportLimits#REPORTED_PROBLEMS} problems in file order, with
 * {@code problemCount} counting all of them.
 */
public record ImportReport(boolean imported, Long datasetId, String datasetName, String fileName, ImportFormat format,
                           long linesRead, long exchanges, long pairs, List<ImportProblem> problems,
                           long problemCount) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public long items() {
        return exchanges + pairs;
    }

    /** The report as plain text (one problem a line), as shown on the admin screen. */
    public String text() {
        String what = fileName + (format == null ? "" : " (" + format.label() + ")");
        if (imported) {
            return "Imported " + what + " as dataset '" + datasetName + "': " + items() + " items (" + exchanges
                    + " exchanges, " + pairs + " pairs) from " + linesRead + " lines.";
        }
        StringBuilder text = new StringBuilder(what).append(" was not imported; nothing was stored. ")
                .append(problemCount).append(problemCount == 1 ? " problem" : " problems").append(':');
        problems.forEach(p -> text.append('\n').append(p));
        if (problemCount > problems.size()) {
            text.append("\n… and ").append(problemCount - problems.size()).append(" more problems (only the first ")
                    .append(problems.size()).append(" are listed).");
        }
        return text.toString();
    }
}
